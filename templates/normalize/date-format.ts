/**
 * Whether an Excel number format code displays a date. Shared by the file
 * reader's grid and Office.js's `range.numberFormat`, so a serial number is a
 * date in both paths or in neither.
 */
const cache = new Map<string, boolean>();

export function isDateFormat(code: string | undefined): boolean {
  if (!code || code === 'General' || code === '@') return false;
  let hit = cache.get(code);
  if (hit === undefined) {
    hit = computeIsDate(code);
    if (cache.size < 1000) cache.set(code, hit);
  }
  return hit;
}

function computeIsDate(code: string): boolean {
  const section = code.split(';')[0] ?? '';
  const bare = section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    // [^[\]] rather than [^\]]: a run of unclosed "[" would otherwise rescan to the end from each one.
    .replace(/\[(?!h\]|m\]|s\])[^[\]]*\]/gi, '');
  return /[ymdhse]/i.test(bare.replace(/General/gi, '').replace(/E[+-]/g, '')) && !/^[#0.,%\s]*$/.test(bare);
}
