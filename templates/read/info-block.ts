import { INFO_FIELDS, type InfoBlock, type InfoKey } from '../model/info.ts';
import type { Issue } from '../model/issue.ts';
import { parsePeriod } from '../model/period.ts';
import { monthDayYearOf, parseDate } from '../normalize/date.ts';
import { cleanText, headerKey } from '../normalize/text.ts';
import { labelScanner, trimValue, type LabelScanner, type SplitText } from './info-line.ts';
import { a1, type SheetView } from './sheet-access.ts';

/** The 基本信息 fields, and the nil-return declaration of templates that allow one. */
type Key = InfoKey | 'nilReturn';

const labelOf = new Map<string, InfoKey>();
for (const f of INFO_FIELDS) for (const l of [f.label, ...f.aliases]) labelOf.set(l, f.key);
const keyOfHeader = new Map([...labelOf].map(([l, key]) => [headerKey(l), key]));

const scanners = new Map<string, LabelScanner<Key>>();
function scannerFor(nilLabel = ''): LabelScanner<Key> {
  let scanner = scanners.get(nilLabel);
  if (!scanner) {
    const labels = new Map<string, Key>(labelOf);
    if (nilLabel) labels.set(nilLabel, 'nilReturn');
    scanner = labelScanner(labels);
    if (scanners.size < 20) scanners.set(nilLabel, scanner);
  }
  return scanner;
}

const asText = (v: unknown): string => (typeof v === 'string' ? cleanText(v) : typeof v === 'number' ? String(v) : '');

/**
 * A cell's labelled parts. A label spelt with inner spaces (填 报 单 位：…) is
 * not found inside a line, but is still read when it is the whole cell's label.
 */
function split(scanner: LabelScanner<Key>, text: string): SplitText<Key> {
  const found = scanner.split(text);
  if (found.parts.length > 0) return found;
  const [label, ...rest] = text.split(/[:：]/);
  const key = keyOfHeader.get(headerKey(label ?? ''));
  return key ? { lead: '', parts: [{ key, value: trimValue(rest.join(':')) }] } : found;
}

const YES = /^(是|有此声明|[√✓✔☑■●vy]|yes|true)$/i;
const NO = /^(否|[×✗✘☐□x]|no|false)$/i;

/**
 * An unlabelled text taken for the unit's name when it opens a line of other
 * labels (「综合处党支部  单位编码:ZH-01 …」): it must read like an organisation,
 * not a title or a date.
 */
const UNIT_SUFFIX = /(党支部|党总支|党委|党组|党小组|支部|总支|局|委|办|处|室|科|厅|中心|院|所|站|队|部|会|校|馆|公司|单位)$/;
const NOT_UNIT = /台账|统计表|登记表|自评表|名册|\d{4}\s*年|[:：]/;
const looksLikeUnit = (s: string): boolean => s.length <= 60 && UNIT_SUFFIX.test(s) && !NOT_UNIT.test(s);

/** Where a label was seen: with its value, or with the empty cell the value belongs in. */
interface Slot {
  sheet: string;
  cell: string;
  value?: string | number | boolean;
  format: string;
}

/** Fields whose empty value is worth a warning: the office needs them to file the report. */
const NEEDED: readonly Key[] = ['unitName', 'period', 'fillDate'];

export interface InfoRead {
  info: InfoBlock;
  issues: Issue[];
  /** Where each field's value was found (or belongs), for issues about it. */
  places: Partial<Record<Key, { sheet: string; cell: string }>>;
}

export interface InfoOptions {
  /** The template's nil-return label (本期无整改事项), read like a field. */
  nilLabel?: string;
  /** The period the caller knows (a submission slot); else the file's own gives a bare 1月8日 its year. */
  period?: string;
}

/**
 * Reads the 基本信息 block in the rows above the header and on a sheet called
 * 基本信息: "label | value" cells, "label：value" in one cell, and whole lines
 * typed into one cell or one row (「填报单位：信访室党支部（单位编码：XF-02）
 * 报送期次：2026年下半年」), each label taking the text up to the next. A label
 * left without a value is reported; an absent block is not, since a ledger
 * pasted into a fresh workbook has none.
 */
export function readInfoBlock(areas: { view: SheetView; rowEnd: number }[], file?: string, options: InfoOptions = {}): InfoRead {
  const scanner = scannerFor(options.nilLabel);
  const slots = new Map<Key, Slot>();
  const put = (key: Key, slot: Slot) => {
    if (slots.get(key)?.value === undefined) slots.set(key, slot);
  };
  let guess: Slot | undefined;
  for (const { view, rowEnd } of areas) {
    for (let row = view.originRow; row < rowEnd; row++) {
      const width = Math.min(view.width(row), view.originCol + 40);
      const at = (col: number, value?: string | number | boolean, format = 'General'): Slot => ({
        sheet: view.sheet.name, cell: a1(row, col), ...(value !== undefined && value !== '' ? { value } : {}), format,
      });
      /** A label in the previous cell waiting for this cell's value. */
      let pending: Key | undefined;
      let rowLead: Slot | undefined;
      let seenText = false;
      let labelled = false;
      // One column past the row's end, so a label in its last cell is closed.
      for (let col = view.originCol; col <= width; col++) {
        const raw = col < width ? view.value(row, col) : '';
        const text = asText(raw);
        const { lead, parts } = text ? split(scanner, text) : { lead: '', parts: [] };
        if (pending) {
          if (parts.length === 0) put(pending, at(col, text || raw === true ? raw : undefined, view.format(row, col)));
          else put(pending, at(col, lead));
          const consumed = parts.length === 0;
          pending = undefined;
          if (consumed) continue;
        } else if (parts.length > 0 && lead) {
          const first = parts[0]!;
          if (first.key === 'nilReturn' && !first.value && (YES.test(lead) || NO.test(lead))) first.value = lead;
          else if (looksLikeUnit(lead)) guess ??= at(col, lead);
        }
        if (parts.length === 0) {
          if (text && !seenText && !labelled) rowLead = at(col, text);
          if (text) seenText = true;
          continue;
        }
        labelled = seenText = true;
        parts.forEach((p, i) => {
          if (p.value) put(p.key, at(col, p.value));
          else if (i === parts.length - 1) pending = p.key;
          else put(p.key, at(col));
        });
      }
      if (labelled && rowLead && typeof rowLead.value === 'string' && looksLikeUnit(rowLead.value)) guess ??= rowLead;
    }
  }
  if (guess) put('unitName', guess);
  return interpret(slots, file, options);
}

function interpret(slots: Map<Key, Slot>, file: string | undefined, options: InfoOptions): InfoRead {
  const info: InfoBlock = {};
  const issues: Issue[] = [];
  const places: InfoRead['places'] = {};
  for (const [key, slot] of slots) places[key] = { sheet: slot.sheet, cell: slot.cell };
  const fields: { key: Key; label: string }[] = [...INFO_FIELDS, ...(options.nilLabel ? [{ key: 'nilReturn' as const, label: options.nilLabel }] : [])];
  for (const field of fields) {
    const slot = slots.get(field.key);
    if (!slot) continue;
    const base = { ...(file ? { file } : {}), sheet: slot.sheet, cell: slot.cell, column: { key: field.key, header: field.label } };
    if (slot.value === undefined) {
      if (NEEDED.includes(field.key)) issues.push({ severity: 'warning', code: 'info/missing', ...base });
      continue;
    }
    const text = slot.value === true ? '是' : asText(slot.value);
    if (field.key === 'fillDate') {
      const period = options.period ?? info.period;
      const d = typeof slot.value === 'boolean' ? { ok: false as const } : parseDate(slot.value, slot.format, period ? monthDayYearOf(period) : undefined);
      if (d.ok) info.fillDate = d.value;
      else issues.push({ severity: 'warning', code: 'info/invalid', ...base, value: text, expected: '2026-07-15' });
    } else if (field.key === 'period') {
      const p = parsePeriod(text);
      if (p) info.period = p;
      else issues.push({ severity: 'warning', code: 'info/invalid', ...base, value: text, expected: '2026H1' });
    } else if (field.key === 'nilReturn') {
      if (YES.test(text)) info.nilReturn = true;
      else if (!NO.test(text)) issues.push({ severity: 'warning', code: 'info/invalid', ...base, value: text, expected: '是' });
    } else {
      info[field.key] = text;
    }
  }
  return { info, issues, places };
}
