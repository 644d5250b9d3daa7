/**
 * Reporting period codes: '2026H1' (2026年上半年), '2026H2' (下半年),
 * '2026M07' (2026年7月), '2026' (2026年度).
 */
export interface PeriodRange {
  code: string;
  label: string;
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function periodRange(code: string): PeriodRange | null {
  let m = /^(\d{4})H([12])$/.exec(code);
  if (m) {
    const y = Number(m[1]);
    return m[2] === '1'
      ? { code, label: `${y}年上半年`, start: `${y}-01-01`, end: `${y}-06-30` }
      : { code, label: `${y}年下半年`, start: `${y}-07-01`, end: `${y}-12-31` };
  }
  m = /^(\d{4})M(\d{2})$/.exec(code);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return { code, label: `${y}年${mo}月`, start: `${y}-${pad(mo)}-01`, end: `${y}-${pad(mo)}-${lastDay(y, mo)}` };
  }
  m = /^(\d{4})$/.exec(code);
  if (m) return { code, label: `${m[1]}年度`, start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  return null;
}

/** Reads what staff write in 报送期次: 2026H1, 2026年上半年, 2026上半年, 2026年7月, 2026年度. */
export function parsePeriod(text: string): string | null {
  const s = text.replace(/\s/g, '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).toUpperCase();
  if (/^\d{4}(H[12]|M\d{2})?$/.test(s)) return periodRange(s) ? s : null;
  let m = /^(\d{4})年?(上|下)半年(度)?$/.exec(s);
  if (m) return `${m[1]}H${m[2] === '上' ? 1 : 2}`;
  m = /^(\d{4})年(\d{1,2})月(份)?$/.exec(s);
  if (m) return periodRange(`${m[1]}M${pad(Number(m[2]))}`) ? `${m[1]}M${pad(Number(m[2]))}` : null;
  m = /^(\d{4})年(度)?$/.exec(s);
  if (m) return m[1]!;
  return null;
}
