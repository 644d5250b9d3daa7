/**
 * Text normalisation for what staff type in Excel and WPS: full-width forms,
 * ideographic and non-breaking spaces, zero-width characters, stray newlines.
 *
 * Every function here is linear in the length of its input: a cell can hold
 * 32,767 characters, and an anchored-at-the-end pattern such as /\s+$/ retried
 * at every position of a long run is quadratic (2.5 s for one such cell). Runs
 * at the ends are therefore found by scanning, not by regular expressions.
 */

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const ZERO_WIDTH_ANY = /[\u200b-\u200d\u2060\ufeff]/;
const WIDE = /[\uff01-\uff5e\u3000\u00a0]/;
const WIDE_ALL = /[\uff01-\uff5e\u3000\u00a0]/g;
const SPACE = /\s/;
const SPACES = /\s+/g;
const UNIT_CLOSERS = ')]】';
const UNIT_OPENERS = '([【';
const TRAILING_PUNCTUATION = '。.,，;；!！、:：';

const narrow = (ch: string): string => (ch === '\u3000' || ch === '\u00a0' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

/** Full-width ASCII (！ to ～) and the ideographic space to their half-width forms. */
export function toHalfWidth(s: string): string {
  return WIDE.test(s) ? s.replace(WIDE_ALL, narrow) : s;
}

/** `s` without the characters `drop` accepts at its start (when `start`) and at its end. */
function trimWhere(s: string, drop: (ch: string) => boolean, start: boolean): string {
  let from = 0;
  let to = s.length;
  if (start) while (from < to && drop(s[from]!)) from++;
  while (to > from && drop(s[to - 1]!)) to--;
  return from === 0 && to === s.length ? s : s.slice(from, to);
}

const isSpace = (ch: string): boolean => SPACE.test(ch);

/** Trims every kind of space users paste; keeps inner text as typed. */
export function cleanText(s: string): string {
  // Fast path: most cells have nothing to trim.
  if (s.length > 0 && !isSpace(s[0]!) && !isSpace(s[s.length - 1]!) && !ZERO_WIDTH_ANY.test(s)) return s;
  return trimWhere(ZERO_WIDTH_ANY.test(s) ? s.replace(ZERO_WIDTH, '') : s, isSpace, true);
}

/**
 * Drops a trailing parenthesised unit such as （%）or(年月日): from the first
 * opener after the previous closer up to the closer that ends the text.
 */
function dropTrailingUnit(s: string): string {
  const last = s.length - 1;
  if (last < 1 || !UNIT_CLOSERS.includes(s[last]!)) return s;
  let from = last;
  while (from > 0 && !UNIT_CLOSERS.includes(s[from - 1]!)) from--;
  for (let i = from; i < last; i++) if (UNIT_OPENERS.includes(s[i]!)) return s.slice(0, i);
  return s;
}

/**
 * The form in which headers are compared: half-width, no whitespace, no
 * required-marker stars, no trailing parenthesised unit such as （%）or(年月日).
 */
export function headerKey(s: string): string {
  const bare = toHalfWidth(s.replace(ZERO_WIDTH, '')).replace(SPACES, '');
  const noStars = bare.includes('*') ? bare.replaceAll('*', '') : bare;
  return dropTrailingUnit(noStars).toLowerCase();
}

/** The form in which enum values are compared: half-width, trimmed, no trailing punctuation. */
export function enumKey(s: string): string {
  const bare = toHalfWidth(cleanText(s)).replace(SPACES, '');
  return trimWhere(bare, (ch) => TRAILING_PUNCTUATION.includes(ch), false).toLowerCase();
}
