import { describe, expect, it } from 'vitest';
import { parsePeriod, periodRange } from '../../../templates/model/period.ts';

describe('periods', () => {
  it('knows the half-year, month and year ranges', () => {
    expect(periodRange('2026H1')).toEqual({ code: '2026H1', label: '2026年上半年', start: '2026-01-01', end: '2026-06-30' });
    expect(periodRange('2026H2')).toEqual({ code: '2026H2', label: '2026年下半年', start: '2026-07-01', end: '2026-12-31' });
    expect(periodRange('2024M02')).toEqual({ code: '2024M02', label: '2024年2月', start: '2024-02-01', end: '2024-02-29' });
    expect(periodRange('2026')?.end).toBe('2026-12-31');
    expect(periodRange('2026H3')).toBeNull();
    expect(periodRange('2026M13')).toBeNull();
  });
  it.each([
    ['2026H1', '2026H1'],
    ['2026h2', '2026H2'],
    ['2026年上半年', '2026H1'],
    ['2026下半年', '2026H2'],
    ['２０２６年上半年', '2026H1'],
    ['2026年7月', '2026M07'],
    ['2026年度', '2026'],
  ])('reads %j', (text, code) => expect(parsePeriod(text)).toBe(code));
  it.each(['上半年', '明年', '2026年第三季度'])('refuses %j', (text) => expect(parsePeriod(text)).toBeNull());
});
