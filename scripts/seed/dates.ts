import { addDays } from './periods.ts';

/** A day `offset` days into the period, but never after `notAfter` (the 填报日期). */
export const dayIn = (start: string, offset: number, notAfter: string): string => {
  const day = addDays(start, offset);
  return day > notAfter ? notAfter : day;
};

/** Last day of the month `monthOffset` months after the period's first month. */
export function monthEnd(start: string, monthOffset: number): string {
  const y = Number(start.slice(0, 4));
  const m = Number(start.slice(5, 7)) + monthOffset;
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
