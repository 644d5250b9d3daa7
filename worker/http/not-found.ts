import { fail } from './errors.ts';

/** The 404s of the domain, one wording each. */
export const templateNotFound = (id: string) => fail(404, 'template/not-found', `未找到模板“${id}”`);
export const unitNotFound = (code: string) => fail(404, 'unit/not-found', `未找到单位“${code}”`);
export const periodNotFound = (templateId: string, code: string) =>
  fail(404, 'period/not-found', `模板“${templateId}”未设置报送期次“${code}”，请联系机关党委`);
/** A period the office has set no ledger for: nothing to board, chase or sum. */
export const periodNotSet = (code: string) => fail(404, 'period/not-found', `期次“${code}”尚未为任何模板设置`);
export const submissionNotFound = (id: string) => fail(404, 'submission/not-found', `未找到报送记录“${id}”`);
