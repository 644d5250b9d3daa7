import { describe, expect, it } from 'vitest';
import { chinaDate, isLate } from '../../templates/model/china-time.ts';

describe('deadlines are Beijing calendar days', () => {
  it('is on time until 23:59:59 on the due day in Beijing, late from midnight', () => {
    expect(chinaDate(new Date('2026-07-15T15:59:59Z'))).toBe('2026-07-15');
    expect(isLate(new Date('2026-07-15T15:59:59Z'), '2026-07-15')).toBe(false);
    expect(chinaDate(new Date('2026-07-15T16:00:00Z'))).toBe('2026-07-16');
    expect(isLate(new Date('2026-07-15T16:00:00Z'), '2026-07-15')).toBe(true);
    // 07:30 on the 16th in Beijing is still the 15th in UTC: already late.
    expect(isLate(new Date('2026-07-15T23:30:00Z'), '2026-07-15')).toBe(true);
  });
});
