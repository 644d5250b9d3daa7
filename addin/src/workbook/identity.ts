import { IDENTITY_PATTERN } from '../../../templates/model/definition.ts';

/** The template identity among a workbook's keywords (the file reader looks in the same place). */
export function identityFromKeywords(keywords: unknown): string | undefined {
  if (typeof keywords !== 'string') return undefined;
  return keywords
    .trim()
    .split(/[\s,;，；]+/)
    .map((t) => t.replace(/^"(.*)"$/, '$1'))
    .find((t) => IDENTITY_PATTERN.test(t));
}
