import { afterEach, describe, expect, it, vi } from 'vitest';
import { pledgeLedger } from '../../../templates/catalog/index.ts';
import type { TemplateDefinition } from '../../../templates/model/definition.ts';
import { issueMessage } from '../../../templates/messages/zh.ts';
import { validateGrid } from '../../../templates/read/validate-grid.ts';
import { validateFile } from '../../../templates/validate-file.ts';
import { grid, pledgeRow, pledgeSheet } from '../../fixtures/grids.ts';
import { specToXlsx } from '../../fixtures/workbook-spec.ts';

/** The pledge ledger with one sheet rule that throws, as a bug in a rule would. */
const broken: TemplateDefinition = {
  ...pledgeLedger,
  sheetRules: [{ id: 'boom', describe: '出错的规则', check: () => { throw new TypeError("Cannot read properties of undefined (reading 'name')"); } }],
};

const REFUSAL = (file: string) => ({
  valid: false, template: null, file,
  stats: { rowsRead: 0, rowsValid: 0, rowsWithErrors: 0, rowsSkipped: 0, errors: 1, warnings: 0 },
  skipped: [], issues: [{ severity: 'error', code: 'file/internal-error', file }], truncated: 0,
});

afterEach(() => vi.restoreAllMocks());

describe('an unexpected exception while checking one file', () => {
  it('ends as that file\'s refusal in Chinese from validateGrid, and is logged', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const r = validateGrid(grid([pledgeSheet([pledgeRow(1)])]), [broken]);
    expect(r.report).toEqual(REFUSAL('测试.xlsx'));
    expect(r).toMatchObject({ template: null, info: {}, rows: [] });
    expect(log).toHaveBeenCalledOnce();
    expect(issueMessage(r.report.issues[0]!)).toBe('校验此文件时出现内部错误，文件未能完成校验，不是您填写的问题。请将文件发给机关党委，请他们联系系统管理员处理。');
  });

  it('ends as a refusal from validateFile too', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const bytes = await specToXlsx([{ name: '承诺践诺台账', rows: pledgeSheet([pledgeRow(1)]).values }]);
    expect(validateFile(bytes, '台账.xlsx', { templates: [broken] }).report).toEqual(REFUSAL('台账.xlsx'));
  });
});
