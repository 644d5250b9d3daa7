import { INFO_FIELDS, type InfoBlock, type InfoKey } from '../model/info.ts';
import type { Issue } from '../model/issue.ts';
import { parsePeriod } from '../model/period.ts';
import { parseDate } from '../normalize/date.ts';
import { cleanText, headerKey } from '../normalize/text.ts';
import { a1, type SheetView } from './sheet-access.ts';

const labelOf = new Map<string, (typeof INFO_FIELDS)[number]>();
for (const f of INFO_FIELDS) for (const l of [f.label, ...f.aliases]) labelOf.set(headerKey(l), f);

const asText = (v: unknown): string => (typeof v === 'string' ? cleanText(v) : typeof v === 'number' ? String(v) : '');
const labelIn = (v: unknown) => labelOf.get(headerKey(asText(v).split(/[:：]/)[0] ?? ''));

/** Where a label was seen: with its value, or with the empty cell the value belongs in. */
interface Slot {
  sheet: string;
  cell: string;
  value?: string | number;
  format: string;
}

/** Fields whose empty value is worth a warning: the office needs them to file the report. */
const NEEDED: readonly InfoKey[] = ['unitName', 'period', 'fillDate'];

/**
 * Reads the 基本信息 block: "label | value" pairs or "label：value" in one
 * cell, in the rows above the header and on a sheet called 基本信息. A label
 * left without a value is reported; an absent block is not, since a ledger
 * pasted into a fresh workbook has none.
 */
export interface InfoRead {
  info: InfoBlock;
  issues: Issue[];
  /** Where each field's value was found (or belongs), for issues about it. */
  places: Partial<Record<InfoKey, { sheet: string; cell: string }>>;
}

export function readInfoBlock(areas: { view: SheetView; rowEnd: number }[], file?: string): InfoRead {
  const slots = new Map<InfoKey, Slot>();
  for (const { view, rowEnd } of areas) {
    for (let row = view.originRow; row < rowEnd; row++) {
      const width = Math.min(view.width(row), view.originCol + 40);
      for (let col = view.originCol; col < width; col++) {
        const field = labelIn(view.value(row, col));
        if (!field || slots.get(field.key)?.value !== undefined) continue;
        const inline = cleanText(asText(view.value(row, col)).split(/[:：]/).slice(1).join(':'));
        const next = view.value(row, col + 1);
        const slot: Slot = inline
          ? { sheet: view.sheet.name, cell: a1(row, col), value: inline, format: 'General' }
          : asText(next) && !labelIn(next)
            ? { sheet: view.sheet.name, cell: a1(row, col + 1), value: next as string | number, format: view.format(row, col + 1) }
            : { sheet: view.sheet.name, cell: a1(row, col + 1), format: 'General' };
        slots.set(field.key, slot);
      }
    }
  }
  return interpret(slots, file);
}

function interpret(slots: Map<InfoKey, Slot>, file?: string): InfoRead {
  const info: InfoBlock = {};
  const issues: Issue[] = [];
  const places: InfoRead['places'] = {};
  for (const [key, slot] of slots) places[key] = { sheet: slot.sheet, cell: slot.cell };
  for (const field of INFO_FIELDS) {
    const slot = slots.get(field.key);
    if (!slot) continue;
    const base = { ...(file ? { file } : {}), sheet: slot.sheet, cell: slot.cell, column: { key: field.key, header: field.label } };
    if (slot.value === undefined) {
      if (NEEDED.includes(field.key)) issues.push({ severity: 'warning', code: 'info/missing', ...base });
      continue;
    }
    const text = asText(slot.value);
    if (field.key === 'fillDate') {
      const d = parseDate(slot.value, slot.format);
      if (d.ok) info.fillDate = d.value;
      else issues.push({ severity: 'warning', code: 'info/invalid', ...base, value: text, expected: '2026-07-15' });
    } else if (field.key === 'period') {
      const p = parsePeriod(text);
      if (p) info.period = p;
      else issues.push({ severity: 'warning', code: 'info/invalid', ...base, value: text, expected: '2026H1' });
    } else {
      info[field.key] = text;
    }
  }
  return { info, issues, places };
}
