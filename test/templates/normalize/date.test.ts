import { describe, expect, it } from 'vitest';
import { isoToSerial, monthDayYearOf, parseDate, serialToIso } from '../../../templates/normalize/date.ts';
import { isDateFormat } from '../../../templates/normalize/date-format.ts';

describe('parseDate', () => {
  it.each([
    ['2026-07-15', '2026-07-15'],
    ['2026-7-5', '2026-07-05'],
    ['2026/7/15', '2026-07-15'],
    ['2026.7.15', '2026-07-15'],
    ['2026.07.15', '2026-07-15'],
    ['2026年7月15日', '2026-07-15'],
    ['2026年7月15号', '2026-07-15'],
    ['2026 年 7 月 15 日', '2026-07-15'],
    ['２０２６年７月１５日', '2026-07-15'],
    ['20260715', '2026-07-15'],
    ['2026-07-15 10:30', '2026-07-15'],
    ['  2026-07-15\u3000', '2026-07-15'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseDate(input, 'General', 2026)).toEqual({ ok: true, value: expected });
  });

  it('takes the year of 7月15日 from the period', () => {
    expect(parseDate('7月15日', 'General', 2025)).toEqual({ ok: true, value: '2025-07-15' });
    expect(parseDate('7月15日', 'General')).toEqual({ ok: false });
  });

  it.each(['下个月', '2026-13-01', '15/7/2026', '七月十五日', '2026年7月'])('refuses %j', (input) => {
    expect(parseDate(input, 'General', 2026)).toEqual({ ok: false });
  });

  it('refuses a day the month does not have, saying which', () => {
    expect(parseDate('2026-02-30', 'General', 2026)).toEqual({ ok: false, noSuchDay: { month: 2, day: 30 } });
    expect(parseDate('2026年6月31日', 'General', 2026)).toEqual({ ok: false, noSuchDay: { month: 6, day: 31 } });
  });

  it('reads Excel serials in date-formatted cells and plausible plain serials', () => {
    expect(parseDate(46218, 'yyyy-mm-dd')).toEqual({ ok: true, value: '2026-07-15' });
    expect(parseDate(46218.75, 'm/d/yyyy h:mm')).toEqual({ ok: true, value: '2026-07-15' });
    expect(parseDate(46218, 'General')).toEqual({ ok: true, value: '2026-07-15' });
    expect(parseDate(20260715, 'General')).toEqual({ ok: true, value: '2026-07-15' });
    expect(parseDate(12, 'General')).toEqual({ ok: false });
    expect(parseDate(true, 'General')).toEqual({ ok: false });
  });

  it('round-trips serials across the 1900 leap-year bug', () => {
    expect(serialToIso(1)).toBe('1900-01-01');
    expect(serialToIso(59)).toBe('1900-02-28');
    expect(serialToIso(60)).toBeNull();
    expect(serialToIso(61)).toBe('1900-03-01');
    expect(serialToIso(45292)).toBe('2024-01-01');
    for (const iso of ['1900-01-01', '1900-03-01', '2026-07-15', '2099-12-31']) expect(serialToIso(isoToSerial(iso))).toBe(iso);
  });
});

describe('a bare month-day in a period', () => {
  const h2 = monthDayYearOf('2026H2')!;
  const h1 = monthDayYearOf('2026H1')!;
  const read = (text: string, rule: typeof h1) => parseDate(text, 'General', rule);

  it('spans the period and the month its ledger is due in', () => {
    expect(h2).toEqual({ start: '2026-07-01', until: '2027-01-31' });
    expect(h1).toEqual({ start: '2026-01-01', until: '2026-07-31' });
    expect(monthDayYearOf('2026M07')).toEqual({ start: '2026-07-01', until: '2026-07-31' });
    expect(monthDayYearOf('nope')).toBeUndefined();
  });

  it.each([
    ['1月10日', '2027-01-10'], // the filing month after the half year
    ['1月31日', '2027-01-31'],
    ['7月1日', '2026-07-01'],
    ['12月20日', '2026-12-20'],
    ['3月31日', '2026-03-31'], // in neither window: the period's own year, left to the rules
  ])('2026H2: %s is %s', (text, iso) => expect(read(text, h2)).toEqual({ ok: true, value: iso }));

  it.each([
    ['1月10日', '2026-01-10'],
    ['7月10日', '2026-07-10'], // filed in July for the first half
    ['12月31日', '2026-12-31'], // a year-end deadline, not last December
  ])('2026H1: %s is %s', (text, iso) => expect(read(text, h1)).toEqual({ ok: true, value: iso }));

  it('still refuses days that do not exist', () => {
    expect(read('2月30日', h2)).toEqual({ ok: false, noSuchDay: { month: 2, day: 30 } });
    expect(read('2月29日', h2)).toEqual({ ok: false, noSuchDay: { month: 2, day: 29 } }); // 2027 is no leap year
  });
});

describe('serials outside Excel\'s date range', () => {
  it.each([1e9, 1e15, 1e308, 2_958_466, Infinity, NaN, -1, 0])('%s in a date-formatted cell is no date (and does not throw)', (n) => {
    expect(parseDate(n, 'yyyy-mm-dd')).toEqual({ ok: false });
  });

  it('reads the last day Excel knows', () => {
    expect(parseDate(2_958_465, 'yyyy-mm-dd')).toEqual({ ok: true, value: '9999-12-31' });
  });
});

describe('isDateFormat', () => {
  it.each(['yyyy-mm-dd', 'm/d/yyyy', 'yyyy"年"m"月"d"日"', '[$-804]yyyy"年"m"月"d"日"', 'mm-dd-yy', 'h:mm', 'yyyy/m/d h:mm', '[h]:mm:ss'])(
    'knows %s is a date',
    (f) => expect(isDateFormat(f)).toBe(true),
  );
  it.each(['General', '@', '0', '0.00', '0%', '0.0%', '#,##0', '0.00E+00', '[Red]0.00', '"元"0', undefined])('knows %s is not', (f) =>
    expect(isDateFormat(f)).toBe(false),
  );
});
