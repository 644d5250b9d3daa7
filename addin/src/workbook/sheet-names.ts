/** Characters Excel forbids in a sheet name, and its length limit. */
const FORBIDDEN = /[\\/?*:[\]]/g;
export const MAX_SHEET_NAME = 31;

/** A name Excel accepts: forbidden characters replaced, no leading/trailing apostrophe, ≤ 31 characters. */
export function cleanSheetName(name: string): string {
  const cleaned = name.replace(FORBIDDEN, '_').replace(/^'+|'+$/g, '').trim().slice(0, MAX_SHEET_NAME);
  return cleaned === '' || cleaned.toLowerCase() === 'history' ? `${cleaned}表`.slice(0, MAX_SHEET_NAME) : cleaned;
}

/** Sheet names compare case-insensitively in Excel. */
export const sameSheetName = (a: string, b: string): boolean => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/** `name`, or `name (2)`, `name (3)`… (Excel's own convention for copies), cut to 31 characters. */
export function uniqueSheetName(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((t) => t.toLocaleLowerCase()));
  const base = cleanSheetName(name);
  if (!used.has(base.toLocaleLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(candidate.toLocaleLowerCase())) return candidate;
  }
}

/**
 * An Excel table name from a sheet name: letters (CJK included), digits and
 * underscores, starting with our prefix so it never collides with a user's.
 */
export function tableNameFor(sheetName: string): string {
  return `台账通_${sheetName.replace(/[^\p{L}\p{N}_]/gu, '_')}`.slice(0, 255);
}
