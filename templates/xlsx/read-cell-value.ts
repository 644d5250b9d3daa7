import type { CellValue } from '../model/grid.ts';
import { ReadFailure } from './limits.ts';
import type { StyleTable } from './read-styles.ts';
import { decodeCellText, decodeEntities, richText } from './read-xml-text.ts';

/** Days between the 1904 and the 1900 date systems. */
const DATE_1904_OFFSET = 1462;
/** Excel serial of 1970-01-01 in the 1900 system. */
const UNIX_EPOCH_SERIAL = 25569;
const DAY_MS = 86_400_000;

const V = /<(?:[A-Za-z_][\w.-]*:)?v(?:\s[^>]*)?>([^<]*)<\/(?:[A-Za-z_][\w.-]*:)?v>/;
const IS = /<((?:[A-Za-z_][\w.-]*:)?is)>([\s\S]*?)<\/\1>/;

/** The cached value (`<v>`) of a cell's content, raw; "" when there is none (a formula never calculated). */
function rawValue(content: string): string {
  if (content.startsWith('<v>')) {
    const close = content.indexOf('</v>', 3);
    if (close >= 0) return content.slice(3, close);
  }
  if (content === '') return '';
  const m = V.exec(content);
  return m ? m[1]! : '';
}

/** `t="d"` (ISO 8601, written by strict-mode and some non-Excel writers) → 1900-system serial, as Office.js shows it. */
function isoToSerial(iso: string): CellValue {
  const zoned = iso.includes('T') ? (/(?:[zZ]|[+-]\d\d:?\d\d)$/.test(iso) ? iso : `${iso}Z`) : `${iso}T00:00:00Z`;
  const ms = Date.parse(zoned);
  return Number.isFinite(ms) ? ms / DAY_MS + UNIX_EPOCH_SERIAL : iso;
}

export interface CellValueContext {
  name: string;
  sharedStrings: readonly string[];
  overlongStrings: ReadonlySet<number>;
  styles: StyleTable;
  date1904: boolean;
}

/** A cell that uses a shared string too long to have been held; the caller refuses the file, naming the cell. */
export const OVERLONG_STRING: unique symbol = Symbol('overlong shared string');

/** One cell's value as Office.js `range.values` reports it; "" for no value. */
export function readCellValue(type: string | undefined, content: string, style: number, ctx: CellValueContext): CellValue | typeof OVERLONG_STRING {
  switch (type) {
    case 's': {
      const raw = rawValue(content);
      if (raw === '') return '';
      const index = Number(raw);
      const s = ctx.sharedStrings[index];
      if (s === undefined) throw new ReadFailure('file/corrupt', { reason: 'shared-string-index', sheet: ctx.name }, ctx.name);
      return ctx.overlongStrings.size > 0 && ctx.overlongStrings.has(index) ? OVERLONG_STRING : s;
    }
    case 'inlineStr': {
      const m = IS.exec(content);
      return m ? richText(m[2]!) : decodeCellText(rawValue(content));
    }
    case 'str':
      return decodeCellText(rawValue(content));
    case 'b': {
      const raw = rawValue(content);
      return raw === '' ? '' : raw === '1' || raw === 'true';
    }
    case 'e':
      return decodeEntities(rawValue(content));
    case 'd': {
      const raw = rawValue(content);
      return raw === '' ? '' : isoToSerial(raw);
    }
    default: {
      const raw = rawValue(content);
      if (raw.trim() === '') return '';
      const n = Number(raw);
      if (!Number.isFinite(n)) return decodeCellText(raw);
      return ctx.date1904 && ctx.styles.dates[style] ? n + DATE_1904_OFFSET : n;
    }
  }
}
