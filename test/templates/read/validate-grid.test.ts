import { describe, expect, it } from 'vitest';
import { pledgeLedger } from '../../../templates/catalog/pledge-ledger.ts';
import { massEvaluation } from '../../../templates/catalog/mass-evaluation.ts';
import { validateGrid } from '../../../templates/read/validate-grid.ts';
import { grid, pledgeRow, pledgeSheet, PLEDGE_HEADER, sheet } from '../../fixtures/grids.ts';

const catalog = [pledgeLedger, massEvaluation];
const brief = (i: { code: string; cell?: string; severity: string }) => `${i.severity}:${i.code}@${i.cell ?? '-'}`;

describe('validateGrid on a pledge ledger as staff fill it', () => {
  const messy = pledgeSheet([
    pledgeRow(1, { 1: '党组织', 2: '第一党支部', 4: '实事承诺' }),
    pledgeRow(2, { 1: '党员。', 8: '完成', 7: '2026.6.30', 9: '2026年6月1日' }), // variants normalised
    pledgeRow(3, { 7: '下个月' }), // unreadable date
    pledgeRow(4, { 8: '已完成', 9: '' }), // 已完成 without 实际完成日期
    [],
    pledgeRow(5, { 1: '群众', 10: '很满意' }), // two bad enums
    pledgeRow(6, { 2: '', 0: '６' }), // required missing, full-width seq
    pledgeRow(7, { 5: '积极为群众办实事', 8: '推进中', 9: '' }), // not measurable: warning only
    pledgeRow(8, { 9: '2026-08-01' }), // completed after 填报日期
    pledgeRow(9, { 8: '推进中', 9: '', 7: '2026-05-01' }), // overdue (derived)
    ['合计', '', '', '', '', '', '', '', '', '', '', ''],
    ['填表人：王芳', '', '', '审核人：赵强'],
  ]);
  const result = validateGrid(grid([messy]), catalog, { today: '2026-11-21' });

  it('finds the template by its headers and reads 基本信息', () => {
    expect(result.report.template).toEqual({ id: 'pledge-ledger', name: '承诺践诺台账', version: 1, detectedBy: 'headers' });
    expect(result.report.headerRow).toBe(4);
    expect(result.info).toEqual({ unitName: '市发展改革委机关党委', unitCode: 'FGW', period: '2026H1', filler: '王芳', phone: '0571-88000000', fillDate: '2026-07-10' });
  });

  it('reports exactly the wrong cells', () => {
    expect(result.report.issues.map(brief)).toEqual([
      'error:cell/date@H7',
      'error:row/required-when@J8',
      'error:cell/enum@B10',
      'error:cell/enum@K10',
      'error:cell/required@C11',
      'warning:row/not-measurable@F12',
      'error:row/date-after-report@J13',
    ]);
    expect(result.report.issues[0]).toEqual({
      severity: 'error', code: 'cell/date', file: '测试.xlsx', sheet: '承诺践诺台账', cell: 'H7', row: 7,
      column: { key: 'deadline', header: '完成时限' }, value: '下个月', expected: '2026-07-15',
    });
    expect(result.report.issues[2]).toMatchObject({ value: '群众', expected: ['党组织', '党员'] });
  });

  it('accounts for every row: read = valid + with errors + skipped', () => {
    expect(result.report.stats).toEqual({ rowsRead: 12, rowsValid: 4, rowsWithErrors: 5, rowsSkipped: 3, errors: 6, warnings: 1 });
    expect(result.report.skipped).toEqual([
      { row: 9, reason: 'blank' },
      { row: 15, reason: 'total' },
      { row: 16, reason: 'signature' },
    ]);
    expect(result.report.valid).toBe(false);
  });

  it('returns normalised rows with derived values', () => {
    expect(result.rows.map((r) => r.row)).toEqual([5, 6, 12, 14]);
    expect(result.rows[1]!.values).toMatchObject({ subjectType: '党员', status: '已完成', deadline: '2026-06-30', completedOn: '2026-06-01' });
    // 填报日期 2026-07-10 is the report date: row 12 (推进中, due 06-30) is overdue too.
    expect(result.rows.map((r) => r.derived.overdue)).toEqual([false, false, true, true]);
  });
});

describe('validateGrid refusals and template checks', () => {
  it('refuses a sheet of the wrong template, naming the one detected', () => {
    const r = validateGrid(grid([pledgeSheet([pledgeRow(1)])]), catalog, { expectedTemplate: 'mass-evaluation' });
    expect(r.report.issues).toEqual([
      {
        severity: 'error', code: 'template/mismatch', file: '测试.xlsx', sheet: '承诺践诺台账',
        params: { detected: '承诺践诺台账', detectedId: 'pledge-ledger', expectedName: '群众评议情况统计表', expectedId: 'mass-evaluation' },
      },
    ]);
    expect(r.report.valid).toBe(false);
  });

  it('says which headers were expected for an unrelated spreadsheet', () => {
    const r = validateGrid(grid([sheet('Sheet1', [['姓名', '年龄', '地址'], ['张三', 30, '杭州']])]), catalog, { expectedTemplate: 'pledge-ledger' });
    expect(r.report.issues).toEqual([
      {
        severity: 'error', code: 'template/unknown', file: '测试.xlsx', params: { template: '承诺践诺台账' },
        expected: ['承诺主体', '承诺单位或承诺人', '所在党支部', '承诺类别', '承诺事项', '践诺措施', '完成时限', '完成情况'],
      },
    ]);
  });

  it('recognises a sheet by its identity cell even with headers renamed beyond recognition', () => {
    const s = sheet('Sheet3', [['', '', 'TZT:pledge-ledger@1'], ['序号', '主体', '承诺单位或承诺人'], [1, '党员', '张三']]);
    const r = validateGrid(grid([s]), catalog, { today: '2026-07-10' });
    expect(r.report.template?.detectedBy).toBe('identity');
    expect(r.report.issues.filter((i) => i.code === 'header/missing').map((i) => i.column?.header)).toEqual([
      '承诺主体', '所在党支部', '承诺类别', '承诺事项', '践诺措施', '完成时限', '完成情况',
    ]);
    expect(r.report.issues.find((i) => i.code === 'header/extra')).toMatchObject({ cell: 'B2', value: '主体' });
  });

  it('warns when the identity has an older version', () => {
    const s = pledgeSheet([pledgeRow(1, { 1: '党组织', 4: '实事承诺' })]);
    s.values[0]!.push('', 'TZT:pledge-ledger@0');
    const r = validateGrid(grid([s]), catalog, { today: '2026-07-10' });
    expect(r.report.issues.map(brief)).toEqual(['warning:template/version@-']);
    expect(r.report.valid).toBe(true);
  });

  it('refuses a file whose 单位编码 is not the submitting unit, pointing at the code', () => {
    const s = pledgeSheet([pledgeRow(1, { 1: '党组织', 4: '实事承诺' })], { unitCode: 'ＦＧＷ' });
    const ok = validateGrid(grid([s]), catalog, { today: '2026-07-10', unit: { code: 'fgw', name: '市发展改革委机关党委' } });
    expect(ok.report.issues).toEqual([]);
    const r = validateGrid(grid([s]), catalog, { today: '2026-07-10', unit: { code: 'TJJ', name: '市统计局机关党委' } });
    expect(r.report.issues).toEqual([
      {
        severity: 'error', code: 'info/unit-mismatch', file: '测试.xlsx', sheet: '承诺践诺台账', cell: 'D2',
        column: { key: 'unitCode', header: '单位编码' }, value: 'ＦＧＷ', params: { unitCode: 'TJJ', unitName: '市统计局机关党委' },
      },
    ]);
    expect(r.report.valid).toBe(false);
    expect(r.rows).toHaveLength(1);
  });

  it('caps issues but counts them all', () => {
    const rows = Array.from({ length: 30 }, (_, i) => pledgeRow(i + 1, { 7: '某天' }));
    const r = validateGrid(grid([pledgeSheet(rows)]), catalog, { issueCap: 10 });
    expect(r.report.issues).toHaveLength(10);
    expect(r.report.truncated).toBe(20);
    expect(r.report.stats.errors).toBe(30);
  });

  it('does not pass an empty ledger: no data rows is an error', () => {
    const r = validateGrid(grid([sheet('s', [PLEDGE_HEADER])]), catalog);
    expect(r.report.issues).toEqual([{ severity: 'error', code: 'sheet/no-rows', file: '测试.xlsx', sheet: 's', row: 1 }]);
    expect(r.report.valid).toBe(false);
    expect(r.report.stats.rowsRead).toBe(0);
  });
});

describe('the 基本信息 checked against the slot', () => {
  const s = pledgeSheet([pledgeRow(1, { 1: '党组织', 4: '实事承诺', 9: '2026-07-08' })], { period: '2025年下半年', fillDate: '2026-12-31' });

  it('refuses a file of another period, pointing at 报送期次', () => {
    const r = validateGrid(grid([s]), catalog, { today: '2026-07-10', period: '2026H1' });
    expect(r.report.issues.filter((i) => i.code === 'info/period-mismatch')).toEqual([
      {
        severity: 'error', code: 'info/period-mismatch', file: '测试.xlsx', sheet: '承诺践诺台账', cell: 'F2',
        column: { key: 'period', header: '报送期次' }, value: '2025H2', params: { period: '2026H1', label: '2026年上半年', fileLabel: '2025年下半年' },
      },
    ]);
  });

  it('judges on today when 填报日期 lies in the future, and says so', () => {
    const r = validateGrid(grid([s]), catalog, { today: '2026-07-10' });
    expect(r.report.issues.filter((i) => i.code === 'info/future-date')).toEqual([
      {
        severity: 'warning', code: 'info/future-date', file: '测试.xlsx', sheet: '承诺践诺台账', cell: 'F3',
        column: { key: 'fillDate', header: '填报日期' }, value: '2026-12-31', params: { today: '2026-07-10' },
      },
    ]);
    // 实际完成日期 2026-07-08 ≤ today: fine; the row's 完成时限 06-30 is judged against 07-10, not 12-31.
    expect(r.rows[0]!.derived.overdue).toBe(false);
    const later = validateGrid(grid([pledgeSheet([pledgeRow(1, { 1: '党组织', 4: '实事承诺', 9: '2026-08-01' })], { fillDate: '2026-12-31' })]), catalog, { today: '2026-07-10' });
    expect(later.report.issues.map((i) => i.code)).toEqual(['info/future-date', 'row/date-after-report']);
  });
});
