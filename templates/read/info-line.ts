import { toHalfWidth } from '../normalize/text.ts';

/** One labelled field found in a cell's text; `value` is '' when the label stands alone. */
export interface LabelledPart<K extends string> {
  key: K;
  value: string;
}

export interface SplitText<K extends string> {
  /** Text before the first label (an unlabelled unit name, a check mark), cleaned. */
  lead: string;
  parts: LabelledPart<K>[];
}

/** Finds labels inside free text: 「综合处党支部  单位编码:ZH-01  报送期次:2026年下半年」. */
export interface LabelScanner<K extends string> {
  split(text: string): SplitText<K>;
}

/** What people add to a label in brackets: 填报单位（盖章）, or anything short when a colon follows (单位编码（代码）：). */
const LABEL_SUFFIX = String.raw`(?:\s*\((?:盖章|签章|公章|全称|签字|签名)\)|\s*\([^():]{1,10}\)(?=\s*:))?`;
/** Anything but a letter or digit separates: spaces, brackets, punctuation, a ☑ before a label. */
const BOUNDARY = /[^\p{L}\p{N}]/u;
const OPENERS = '([【';
const CLOSERS = ')]】';
/** Characters trimmed from both ends of a value, on the half-width form. */
const EDGE_SEPARATOR = /[\s\u200b,;、|/:。]/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds a scanner for labels → keys. A label counts when a colon (half- or
 * full-width) follows it, or when no letter or digit touches it (start, end,
 * spaces, brackets, ☑): a unit called 市电话局 holds no label 电话. Where labels
 * overlap, the longest wins (联系电话 over 电话). Indices are found on the
 * half-width form, which keeps every character's position, and values are cut
 * from the text as typed.
 */
export function labelScanner<K extends string>(labels: ReadonlyMap<string, K>): LabelScanner<K> {
  const names = [...labels.keys()].map(toHalfWidth).sort((a, b) => b.length - a.length);
  const keyOf = new Map([...labels].map(([label, key]) => [toHalfWidth(label), key]));
  const pattern = new RegExp(`(${names.map(escape).join('|')})${LABEL_SUFFIX}(\\s*:)?`, 'g');
  return {
    split(text) {
      const folded = toHalfWidth(text);
      const hits: { key: K; start: number; end: number }[] = [];
      pattern.lastIndex = 0;
      for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
        const start = m.index;
        const end = start + m[0].length;
        const standsAlone = (start === 0 || BOUNDARY.test(folded[start - 1]!)) && (end === folded.length || BOUNDARY.test(folded[end]!));
        if (m[2] !== undefined || standsAlone) hits.push({ key: keyOf.get(m[1]!)!, start, end });
        else pattern.lastIndex = start + 1;
      }
      const lead = trimValue(text.slice(0, hits[0]?.start ?? text.length));
      const parts = hits.map((h, i) => ({ key: h.key, value: trimValue(text.slice(h.end, hits[i + 1]?.start ?? text.length)) }));
      return { lead, parts };
    },
  };
}

/**
 * A value cut out of a line loses the separators around it and any bracket
 * left open or closed by its neighbours: 「信访室党支部（」 → 信访室党支部,
 * 「XF-02）」 → XF-02, while 第一党支部（机关） keeps its own brackets.
 */
export function trimValue(raw: string): string {
  const s = toHalfWidth(raw);
  let opens = 0;
  let closes = 0;
  for (const ch of s) {
    if (OPENERS.includes(ch)) opens++;
    else if (CLOSERS.includes(ch)) closes++;
  }
  // Index-based so a hostile run of brackets or spaces costs one pass.
  let from = 0;
  let to = s.length;
  while (from < to) {
    const first = s[from]!;
    const last = s[to - 1]!;
    if (EDGE_SEPARATOR.test(first)) from++;
    else if (EDGE_SEPARATOR.test(last)) to--;
    else if (closes > opens && CLOSERS.includes(first)) {
      from++;
      closes--;
    } else if (closes > opens && CLOSERS.includes(last)) {
      to--;
      closes--;
    } else if (opens > closes && OPENERS.includes(last)) {
      to--;
      opens--;
    } else if (opens > closes && OPENERS.includes(first)) {
      from++;
      opens--;
    } else break;
  }
  return raw.slice(from, to);
}
