import { beforeAll, describe, expect, it } from 'vitest';
import type { Grid } from '../../templates/model/grid.ts';
import type { Report } from '../../templates/model/issue.ts';
import { call, GOOD_ROWS, pledgeGrid, seedWorld, TOKENS } from './helpers.ts';

beforeAll(() => seedWorld());

const validate = async (grid: Grid, extra: Record<string, string> = {}) => {
  const res = await call('POST', '/api/validate', { token: TOKENS.a, json: { grid, ...extra } });
  return { status: res.status, body: (await res.json()) as { report: Report } & { error?: { code: string; details: Report } } };
};

describe('POST /api/validate on odd ledgers', () => {
  it('answers a date cell holding 1e308 with a cell error, not a 500', async () => {
    const grid = pledgeGrid(GOOD_ROWS);
    const sheet = grid.sheets[0]!;
    sheet.values[4]![7] = 1e308;
    sheet.numberFormats = sheet.values.map((row, r) => row.map((_, c) => (r === 4 && c === 7 ? 'yyyy-mm-dd' : 'General')));
    const { status, body } = await validate(grid);
    expect(status).toBe(200);
    expect(body.report.issues[0]).toMatchObject({ severity: 'error', code: 'cell/date', cell: 'H5', value: 1e308 });
  });

  it('does not pass a ledger without rows', async () => {
    const { status, body } = await validate(pledgeGrid([]));
    expect(status).toBe(200);
    expect(body.report.valid).toBe(false);
    expect(body.report.issues.map((i) => `${i.severity}:${i.code}`)).toEqual(['error:sheet/no-rows']);
  });

  it('refuses (422) a slot\'s template that the workbook does not hold at all', async () => {
    const grid: Grid = {
      sheets: [{ name: '报销明细', values: [['费用报销明细'], ['序号', '日期', '摘要', '金额', '经办人', '备注'], [1, '2026-07-01', '差旅费', 320, '张三', '']] }],
      source: { kind: 'workbook', name: '报销.xlsx' },
    };
    const { status, body } = await validate(grid, { templateId: 'pledge-ledger' });
    expect(status).toBe(422);
    expect(body.error!.code).toBe('template/unknown');
    expect(body.error!.details.issues[0]).toMatchObject({ params: { template: '承诺践诺台账' } });
  });
});
