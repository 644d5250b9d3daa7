import type { InferResponseType } from 'hono/client';
import type { Api } from '../api/client.ts';
import { layoutTree } from '../../../templates/summary/unit-tree.ts';
import { parseNumber } from '../../../templates/normalize/number.ts';
import { createsCycle } from '../../../templates/units/unit-tree.ts';
import { UNIT_LIST_COLUMNS, type UnitListKey } from '../../../templates/units/unit-list-columns.ts';

/** A unit as GET /api/admin/units lists it. */
export type UnitView = InferResponseType<Api['api']['admin']['units']['$get'], 200>['units'][number];

/** The form's fields, in the unit list's column order and with its headers (上级单位 is picked, not typed). */
export const UNIT_FIELDS: readonly { key: UnitListKey; label: string }[] = UNIT_LIST_COLUMNS.map((c) => ({
  key: c.key,
  label: c.key === 'parentCode' ? '上级单位' : c.header,
}));

export type UnitFormValues = Record<UnitListKey, string>;

export const blankUnitForm = (): UnitFormValues => ({ code: '', name: '', parentCode: '', members: '', teams: '', branches: '', contactName: '', contactPhone: '' });

export const unitFormOf = (u: UnitView): UnitFormValues => ({
  code: u.code, name: u.name, parentCode: u.parentCode ?? '', members: String(u.members), teams: String(u.teams), branches: String(u.branches),
  contactName: u.contactName ?? '', contactPhone: u.contactPhone ?? '',
});

/**
 * A typed count as the API takes it: blank is 0, a number (full-width digits
 * too) is sent as one, anything else as typed, so the service refuses it
 * with its own Chinese message at that field.
 */
const count = (text: string): number | string => {
  if (text.trim() === '') return 0;
  const n = parseNumber(text);
  return n.ok ? n.value : text;
};

/** The JSON body of POST /api/admin/units (with the code) or PUT /api/admin/units/{code} (without). */
export function unitBody(v: UnitFormValues, withCode: boolean) {
  return {
    ...(withCode ? { code: v.code } : {}),
    name: v.name,
    parentCode: v.parentCode === '' ? null : v.parentCode,
    members: count(v.members),
    teams: count(v.teams),
    branches: count(v.branches),
    // "" clears a stored contact (the API's blank-to-null rule).
    contactName: v.contactName,
    contactPhone: v.contactPhone,
  };
}

/** A unit's place in the tree, all that decides who is above whom. */
export interface UnitLink {
  code: string;
  parentCode: string | null;
}

/** How many units sit directly under each unit; a parent not in the list counts for nothing. */
export function childCounts(units: readonly UnitLink[]): Map<string, number> {
  const codes = new Set(units.map((u) => u.code));
  const counts = new Map<string, number>();
  for (const u of units) if (u.parentCode !== null && codes.has(u.parentCode)) counts.set(u.parentCode, (counts.get(u.parentCode) ?? 0) + 1);
  return counts;
}

/** 「联系人：王五，0571-…」; a phone alone is labelled as a phone, so it is not read as a name. */
export function contactText(u: Pick<UnitView, 'contactName' | 'contactPhone'>): string {
  if (u.contactName) return `联系人：${[u.contactName, u.contactPhone].filter(Boolean).join('，')}`;
  return u.contactPhone ? `联系电话：${u.contactPhone}` : '联系人：未填写';
}

export interface UnitTreeRow {
  unit: UnitView;
  /** 0 at the top; each level is indented once. */
  depth: number;
  children: number;
}

/**
 * The unit list as a tree, depth first, by the summary's own layout (so the
 * setup screen shows units in the order the workbook does); a unit whose
 * parent is missing, or that sits in a loop, is shown at the top.
 */
export function unitTreeRows(units: readonly UnitView[]): UnitTreeRow[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const children = childCounts(units);
  const { rows } = layoutTree(units.map((u) => ({ code: u.code, name: u.name, parent: u.parentCode, members: u.members, teams: u.teams, branches: u.branches })), () => false);
  return rows.map((r) => ({ unit: byCode.get(r.head.unitCode)!, depth: r.head.depth, children: children.get(r.head.unitCode) ?? 0 }));
}

/**
 * Units a unit may be put under: every other unit that is not below it
 * (the API refuses a loop; the list does not offer one).
 */
export function parentChoices(units: readonly UnitView[], code: string | null): UnitView[] {
  if (code === null) return [...units];
  const parents = new Map(units.map((u) => [u.code, u.parentCode]));
  return units.filter((u) => !createsCycle(parents, code, u.code));
}
