import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { summarySheets } from '../../../addin/src/report/summary-sheets.ts';
import { MemoryWorkbook } from '../../../addin/src/workbook/memory-workbook.ts';
import { threeMeetingsOneLesson as def, type ThreeMeetingsFigures } from '../../../templates/catalog/three-meetings-one-lesson.ts';
import type { RowValues } from '../../../templates/model/definition.ts';
import { periodRange } from '../../../templates/model/period.ts';
import { createSummaryBuilder } from '../../../templates/summary/index.ts';
import { validateFile } from '../../../templates/validate-file.ts';
import { writeSummaryWorkbook } from '../../../templates/xlsx/write-summary.ts';
import { ledgerWorkbook } from '../../../scripts/seed/ledger-file.ts';
import { checkRow, checkSheet, ctxOf } from './fixtures.ts';

const row: RowValues = { type: '支委会', date: '2026-03-12', topic: '研究发展党员工作', host: '王芳', expected: 5, attended: 5, absentees: null, recorder: '李四', remarks: null };
const ctx = ctxOf(def.defaults);

/** A half-year that meets every minimum: 2 支部党员大会, 6 支委会, 2 党课. */
const fullYear: RowValues[] = [
  ...['2026-01-20', '2026-04-21'].map((date) => ({ ...row, type: '支部党员大会', date, expected: 20, attended: 20 })),
  ...['01', '02', '03', '04', '05', '06'].map((m) => ({ ...row, date: `2026-${m}-10` })),
  ...['2026-03-25', '2026-06-24'].map((date) => ({ ...row, type: '党课', date, expected: 20, attended: 18, absentees: '二人出差' })),
];

describe('三会一课记录台账: columns and rules (DOMAIN §3.9)', () => {
  it('has the columns of DOMAIN with their required marks', () => {
    expect(def.columns.map((c) => c.header)).toEqual(['会议类型', '会议日期', '会议主题', '主持人', '应到人数', '实到人数', '缺席人员及原因', '记录人', '备注']);
    expect(def.columns.filter((c) => c.required).map((c) => c.header)).toEqual(['会议类型', '会议日期', '会议主题', '主持人', '应到人数', '实到人数']);
    expect(def.columns.find((c) => c.key === 'expected')!.min).toBe(1);
  });

  it('wants the date inside the period and not after the report date', () => {
    expect(checkRow(def, row, ctx)).toEqual([]);
    expect(checkRow(def, { ...row, date: '2025-12-30' }, ctx)).toEqual([
      { code: 'row/date-outside-period', severity: 'error', column: 'date', params: { period: '2026H1', start: '2026-01-01', end: '2026-06-30' } },
    ]);
    expect(checkRow(def, { ...row, date: '2026-07-20' }, ctx).map((f) => f.code)).toEqual(['row/date-outside-period', 'row/date-after-report']);
  });

  it('refuses more present than expected and wants the absentees named when fewer came', () => {
    expect(checkRow(def, { ...row, attended: 6 }, ctx)).toEqual([
      { code: 'row/not-greater', severity: 'error', column: 'attended', params: { other: '应到人数', otherValue: 5 } },
    ]);
    expect(checkRow(def, { ...row, attended: 4 }, ctx)).toEqual([
      { code: 'row/required-when', severity: 'error', column: 'absentees', params: { other: '实到人数', otherValue: '4', condition: '实到人数（4）少于应到人数（5）' } },
    ]);
    expect(checkRow(def, { ...row, attended: 4, absentees: '张三（出差）' }, ctx)).toEqual([]);
  });

  it('warns on the same meeting twice and on each type held too rarely, against the office’s minimums', () => {
    expect(checkSheet(def, fullYear, ctx)).toEqual([]);
    const short = fullYear.filter((r) => !(r.type === '支委会' && String(r.date) > '2026-04')).concat({ ...row, date: '2026-03-10' });
    expect(checkSheet(def, short, ctx)).toEqual([
      { code: 'sheet/duplicate-row', severity: 'warning', row: 3 + short.length - 1, column: 'type', params: { firstRow: 7 } },
      { code: 'sheet/too-few', severity: 'warning', column: 'type', params: { value: '支委会', count: 4, min: 6 } },
    ]);
    // The office asks for four 支委会 a half-year: only the duplicate is left; 0 lectures required: the check is off.
    expect(checkSheet(def, short, ctxOf({ ...def.defaults, minCommitteeMeetings: 4 })).map((f) => f.code)).toEqual(['sheet/duplicate-row']);
    expect(checkSheet(def, fullYear.filter((r) => r.type !== '党课'), ctxOf({ ...def.defaults, minLectures: 0 }))).toEqual([]);
  });

  it('derives each meeting’s attendance', () => {
    expect(def.derive({ ...row, attended: 4 })).toEqual({ attendanceRate: 0.8 });
  });
});

describe('三会一课记录台账 end to end: blank template → filled → validated → 三会一课汇总', async () => {
  const header = (unitCode: string, unitName: string) => ({ unitName, unitCode, period: '2026H1', filler: '李四', phone: '0571-88000000', fillDate: '2026-07-10' });
  const file = async (unitCode: string, unitName: string, rows: readonly RowValues[]) =>
    validateFile(await ledgerWorkbook(def, header(unitCode, unitName), rows), `${unitName}-三会一课.xlsx`, { expectedTemplate: def.id, period: '2026H1', today: '2026-07-10' });
  // 第一支部 sends the definition's example (four 支委会); 第二支部 the full schedule; 第三支部 nothing.
  const first = await file('B1', '第一支部', def.example);
  const second = await file('B2', '第二支部', fullYear);
  const units = [
    { code: 'D', name: '机关党委', parent: null, members: 0, teams: 0, branches: 0 },
    { code: 'B1', name: '第一支部', parent: 'D', members: 12, teams: 1, branches: 1 },
    { code: 'B2', name: '第二支部', parent: 'D', members: 20, teams: 1, branches: 1 },
    { code: 'B3', name: '第三支部', parent: 'D', members: 9, teams: 1, branches: 1 },
  ];
  const build = (params?: Record<string, Record<string, number>>) => {
    const b = createSummaryBuilder({ period: periodRange('2026H1')!, units, templates: [def], generatedOn: '2026-07-20', ...(params ? { params } : {}) });
    for (const [code, v] of [['B1', first], ['B2', second]] as const)
      b.add({ unitCode: code, templateId: def.id, version: 1, submittedAt: '2026-07-10', status: 'accepted_with_warnings', late: false, errors: v.report.stats.errors, warnings: v.report.stats.warnings }, v.rows);
    return b.finish();
  };
  const summary = build();
  const at = (code: string) => summary.rows.findIndex((r) => r.unitCode === code && r.kind === 'unit');
  const figures = (code: string): ThreeMeetingsFigures => summary.meetings.rows[at(code)]!;

  it('reads the filled template with one warning, the 支委会 shortfall', () => {
    expect(first.report.stats).toMatchObject({ errors: 0, rowsValid: 9 });
    expect(first.report.issues.map((i) => [i.code, i.params?.value])).toEqual([['sheet/too-few', '支委会']]);
    expect(second.report.issues).toEqual([]);
  });

  it('counts meetings by type and attendance per unit, flags the shortfall and rolls both up the tree', () => {
    expect(figures('B1')).toEqual({
      units: 1, meetings: 9, byType: { 支部党员大会: 2, 支委会: 4, 党小组会: 1, 党课: 2 },
      expected: 74, attended: 70, attendanceRate: 70 / 74,
      belowMinimum: { 支部党员大会: 0, 支委会: 1, 党课: 0 }, unitsBelow: 1, requirement: '未达到：支委会 4/6',
    });
    expect(figures('B2')).toMatchObject({ meetings: 10, attendanceRate: 106 / 110, unitsBelow: 0, requirement: '达到' });
    expect(figures('B3')).toMatchObject({ units: 0, meetings: 0, attendanceRate: null, requirement: '无数据' });
    expect(summary.meetings.total).toMatchObject({
      units: 2, meetings: 19, byType: { 支部党员大会: 4, 支委会: 10, 党小组会: 1, 党课: 4 },
      attendanceRate: (70 + 106) / (74 + 110), belowMinimum: { 支部党员大会: 0, 支委会: 1, 党课: 0 }, requirement: '未达到 1 个单位',
    });
    expect(summary.meetings.minimums).toEqual({ 支部党员大会: 2, 支委会: 6, 党课: 2 });
  });

  it('applies the office’s minimums when the summary is built: the same tallies, judged again', () => {
    const relaxed = build({ [def.id]: { minCommitteeMeetings: 4 } });
    expect(relaxed.meetings.total).toMatchObject({ unitsBelow: 0, requirement: '达到' });
    expect(relaxed.meetings.minimums.支委会).toBe(4);
    const strict = build({ [def.id]: { minLectures: 3 } });
    expect(strict.meetings.total).toMatchObject({ unitsBelow: 2, belowMinimum: { 支部党员大会: 0, 支委会: 1, 党课: 2 } });
  });

  it('writes its 三会一课汇总 sheet into the workbook', async () => {
    const wb = new ExcelJS.Workbook();
    const bytes = await writeSummaryWorkbook(summary, null, { generatedAt: new Date('2026-07-20T02:00:00Z') });
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const ws = wb.getWorksheet('三会一课汇总')!;
    expect(ws.getCell('A1').value).toBe('2026年上半年“三会一课”汇总');
    expect([3, 4].map((r) => Array.from({ length: 14 }, (_, c) => ws.getCell(r, c + 1).value ?? ''))).toEqual([
      ['', '', '会议次数', '会议次数', '会议次数', '会议次数', '会议次数', '', '', '', '未达到次数要求的单位数', '未达到次数要求的单位数', '未达到次数要求的单位数', ''],
      ['单位', '单位编码', '支部党员大会', '支委会', '党小组会', '党课', '合计', '应到人次', '实到人次', '出席率', '支部党员大会', '支委会', '党课', '未达到次数要求'],
    ]);
    const b1 = ws.getRow(6);
    expect([b1.getCell(1).value, b1.getCell(4).value, b1.getCell(10).value, b1.getCell(12).value, b1.getCell(14).value]).toEqual(['第一支部', 4, 70 / 74, 1, '未达到：支委会 4/6']);
    expect(ws.getRow(9).getCell(14).value).toBe('未达到 1 个单位');
  });

  it('writes the same sheet into Excel through the add-in', async () => {
    const pane = new MemoryWorkbook();
    await pane.writeReportSheets(summarySheets(summary));
    const sheet = pane.sheet('三会一课汇总')!;
    expect(sheet.values[3]!.slice(9, 14)).toEqual(['出席率', '未达到次数要求的单位数·支部党员大会', '未达到次数要求的单位数·支委会', '未达到次数要求的单位数·党课', '未达到次数要求']);
    expect(sheet.values.find((r) => r[0] === '第一支部')!.slice(9, 14)).toEqual([70 / 74, 0, 1, 0, '未达到：支委会 4/6']);
    expect(sheet.charts.map((c) => c.title)).toEqual(['各单位“三会一课”出席率']);
  });
});
