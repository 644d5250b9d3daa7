import type { z } from 'zod';
import type { UnitListKey } from './unit-list-columns.ts';
import {
  branchCountSchema, contactNameSchema, contactPhoneSchema, memberCountSchema, parentCodeSchema, teamCountSchema, unitCodeSchema, unitNameSchema,
} from './unit-fields.ts';

/** Each column of the 单位名单 is checked by the field schema the JSON API uses for the same field. */
const FIELD_OF: Record<UnitListKey, z.ZodType> = {
  code: unitCodeSchema,
  name: unitNameSchema,
  parentCode: parentCodeSchema,
  members: memberCountSchema,
  teams: teamCountSchema,
  branches: branchCountSchema,
  contactName: contactNameSchema,
  contactPhone: contactPhoneSchema,
};

/** Long enough to recognise a value, short enough that a 20,000-character cell does not flood the message. */
const ECHO_MAX = 40;

/** What the cell holds, for the message: the value itself, or its length when it is long. */
function shown(value: unknown): string {
  const s = String(value);
  return s.length <= ECHO_MAX ? `，现为“${s}”` : `，现有 ${s.length} 个字符`;
}

export type CellCheck = { ok: true; value: unknown } | { ok: false; message: string };

/** One cell against its field's schema; a refusal names the cell, the rule and what was typed. */
export function checkUnitCell(key: UnitListKey, value: unknown, cell: string): CellCheck {
  const out = FIELD_OF[key].safeParse(value);
  if (out.success) return { ok: true, value: out.data };
  const issue = out.error.issues[0]!;
  const empty = value === '' || value === null || value === undefined;
  return { ok: false, message: `${cell}：${issue.message}${empty ? '' : shown(value)}` };
}
