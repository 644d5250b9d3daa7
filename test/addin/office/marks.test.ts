import { describe, expect, it } from 'vitest';
import { ExcelWorkbook } from '../../../addin/src/office/excel-workbook.ts';
import { columnLetter } from '../../../addin/src/workbook/a1.ts';
import type { IssueMark } from '../../../addin/src/workbook/adapter.ts';
import { MARK_SETTING_KEY } from '../../../addin/src/workbook/marks.ts';
import { MockExcel, NO_FILL } from './mock-excel.ts';

const all = () => true;

function thousandIssues(): IssueMark[] {
  const marks: IssueMark[] = [];
  for (let i = 0; i < 1000; i++) {
    const sheet = i % 2 === 0 ? '台账一' : '台账二';
    marks.push({ sheet, cell: `${columnLetter(Math.floor(i / 2) % 10)}${5 + Math.floor(i / 20)}`, severity: i % 3 === 0 ? 'warning' : 'error', message: `问题${i}` });
  }
  return marks;
}

describe('ExcelWorkbook.markIssues / clearMarks', () => {
  it('marks 1,000 issues on two sheets in 3 syncs, and clears them in 3 syncs', async () => {
    const excel = new MockExcel();
    excel.addSheet({ name: '台账一' });
    excel.addSheet({ name: '台账二' });
    const wb = new ExcelWorkbook(excel.run, { isSetSupported: all });
    const result = await wb.markIssues(thousandIssues());
    expect(result).toEqual({ marked: 1000, skipped: 0, notes: 1000, notesSupported: true });
    // names + settings, then all original fills and notes, then all writes: no sync per issue.
    expect(excel.syncs).toBe(3);
    expect(excel.fill('台账一', 'A5')).toEqual({ color: '#FFEB9C', tint: 0 }); // i = 0: warning
    expect(excel.fill('台账一', 'B5')).toEqual({ color: '#FFC7CE', tint: 0 }); // i = 2: error
    expect(excel.sheet('台账一').notes.get('B5')).toBe('【台账通】问题2');

    excel.syncs = 0;
    expect(await wb.clearMarks()).toBe(1000);
    expect(excel.syncs).toBe(3);
    expect(excel.sheet('台账一').fills.size).toBe(0);
    expect(excel.sheet('台账二').notes.size).toBe(0);
    expect(excel.settings.has(MARK_SETTING_KEY)).toBe(false);
  });

  it("restores the user's own fills, keeps the user's notes and recolourings, and survives a pane reload", async () => {
    const excel = new MockExcel();
    const sheet = excel.addSheet({ name: '台账' });
    sheet.fills.set('B2', { color: '#00B050', tint: 0 }); // the user's green
    sheet.fills.set('B3', { color: '#FFFFFF', tint: 0 }); // an explicit white fill
    sheet.notes.set('B2', '用户自己的批注');
    const marks: IssueMark[] = [
      { sheet: '台账', cell: 'B2', severity: 'warning', message: '甲' },
      { sheet: '台账', cell: 'B2', severity: 'error', message: '乙' },
      { sheet: '台账', cell: 'B3', severity: 'error', message: '丙' },
      { sheet: '台账', cell: 'B4', severity: 'warning', message: '丁' },
      { sheet: '不存在', cell: 'A1', severity: 'error', message: '戊' },
      { sheet: '台账', cell: 'A1:B2', severity: 'error', message: '己' },
    ];
    const first = new ExcelWorkbook(excel.run, { isSetSupported: all });
    expect(await first.markIssues(marks)).toEqual({ marked: 3, skipped: 2, notes: 2, notesSupported: true });
    expect(excel.fill('台账', 'B2').color).toBe('#FFC7CE'); // an error outranks the warning on the same cell
    expect(sheet.notes.get('B2')).toBe('用户自己的批注');
    expect(sheet.notes.get('B3')).toBe('【台账通】丙');

    // The user recolours B4 after marking: clearing must leave it.
    sheet.fills.set('B4', { color: '#0070C0', tint: 0 });
    // A new pane instance: only the workbook's settings remember the marks.
    const reloaded = new ExcelWorkbook(excel.run, { isSetSupported: all });
    expect(await reloaded.clearMarks()).toBe(2);
    expect(excel.fill('台账', 'B2')).toEqual({ color: '#00B050', tint: 0 });
    expect(excel.fill('台账', 'B3')).toEqual({ color: '#FFFFFF', tint: 0 });
    expect(excel.fill('台账', 'B4')).toEqual({ color: '#0070C0', tint: 0 });
    expect(sheet.notes.get('B2')).toBe('用户自己的批注');
    expect(sheet.notes.has('B3')).toBe(false);
    expect(await reloaded.clearMarks()).toBe(0);
  });

  it('restores "no fill" with fill.clear(), and re-marking first restores the previous marks', async () => {
    const excel = new MockExcel();
    const sheet = excel.addSheet({ name: '台账' });
    const wb = new ExcelWorkbook(excel.run, { isSetSupported: all });
    await wb.markIssues([{ sheet: '台账', cell: 'C7', severity: 'error', message: '错' }]);
    await wb.markIssues([{ sheet: '台账', cell: 'D7', severity: 'warning', message: '疑' }]);
    // C7 went back to no fill before D7 was read, so the store never records our own colour as "original".
    expect(excel.fill('台账', 'C7')).toEqual(NO_FILL);
    expect(excel.log).toContain('clear fill C7');
    const stored = JSON.parse(excel.settings.get(MARK_SETTING_KEY)!);
    expect(stored).toEqual({ version: 1, sheets: [{ id: sheet.id, name: '台账', cells: [{ cell: 'D7', fill: null, mark: '#FFEB9C', note: true }] }] });
    expect(await wb.clearMarks()).toBe(1);
    expect(excel.fill('台账', 'D7')).toEqual(NO_FILL);
  });

  it('without ExcelApi 1.18 marks fills only and says notes are unsupported; without 1.9 white counts as no fill', async () => {
    const excel = new MockExcel();
    const sheet = excel.addSheet({ name: '台账' });
    sheet.fills.set('A2', { color: '#FFFFFF', tint: 0 });
    const wb = new ExcelWorkbook(excel.run, { isSetSupported: (_set, version) => Number(version.split('.')[1]) <= 7 });
    expect(await wb.markIssues([{ sheet: '台账', cell: 'A2', severity: 'error', message: '错' }])).toEqual({ marked: 1, skipped: 0, notes: 0, notesSupported: false });
    expect(sheet.notes.size).toBe(0);
    expect(JSON.parse(excel.settings.get(MARK_SETTING_KEY)!).sheets[0].cells[0]).toEqual({ cell: 'A2', fill: null, mark: '#FFC7CE', note: false });
  });
});
