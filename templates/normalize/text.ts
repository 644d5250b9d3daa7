/**
 * Text normalisation for what staff type in Excel and WPS: full-width forms,
 * ideographic and non-breaking spaces, zero-width characters, stray newlines.
 */

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const ZERO_WIDTH_ANY = /[\u200b-\u200d\u2060\ufeff]/;
const EDGE = /[\s\u3000\u00a0]/;

/** Full-width ASCII (！ to ～) and the ideographic space to their half-width forms. */
export function toHalfWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000 || code === 0x00a0) out += ' ';
    else out += ch;
  }
  return out;
}

/** Trims every kind of space users paste; keeps inner text as typed. */
export function cleanText(s: string): string {
  // Fast path: most cells have nothing to trim.
  if (s.length > 0 && !EDGE.test(s[0]!) && !EDGE.test(s[s.length - 1]!) && !ZERO_WIDTH_ANY.test(s)) return s;
  return s.replace(ZERO_WIDTH, '').replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '');
}

/**
 * The form in which headers are compared: half-width, no whitespace, no
 * required-marker stars, no trailing parenthesised unit such as （%）or(年月日).
 */
export function headerKey(s: string): string {
  return toHalfWidth(s.replace(ZERO_WIDTH, ''))
    .replace(/\s+/g, '')
    .replace(/^\*+|\*+$/g, '')
    .replace(/\*/g, '')
    .replace(/[(\[【][^)\]】]*[)\]】]$/, '')
    .toLowerCase();
}

/** The form in which enum values are compared: half-width, trimmed, no trailing punctuation. */
export function enumKey(s: string): string {
  return toHalfWidth(cleanText(s))
    .replace(/\s+/g, '')
    .replace(/[。.,，;；!！、:：]+$/g, '')
    .toLowerCase();
}
