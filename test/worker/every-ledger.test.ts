import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { summarySheets } from '../../addin/src/report/summary-sheets.ts';
import { MemoryWorkbook } from '../../addin/src/workbook/memory-workbook.ts';
import { catalog } from '../../templates/catalog/index.ts';
import { periodRange } from '../../templates/model/period.ts';
import { createSummaryBuilder, type Summary } from '../../templates/summary/index.ts';
import { validateFile } from '../../templates/validate-file.ts';
import { ledgerWorkbook } from '../../scripts/seed/ledger-file.ts';
import { expectedSummarySheets } from '../templates/summary/fixtures.ts';
import { call, fileForm, seedPeriod, seedWorld, TOKENS } from './helpers.ts';

/**
 * Every ledger of the catalog end to end, through the service: its blank
 * template filled with the definition's example rows, validated, submitted,
 * counted into the summary, and shown in the downloaded workbook and in the
 * sheets the add-in writes into Excel. A new ledger is covered by its
 * definition alone.
 */

const UNIT = { code: 'A', name: '市发展改革委机关党委' };
const HEADER = { unitName: UNIT.name, unitCode: UNIT.code, period: '2026H1', filler: '王芳', phone: '0571-88000000', fillDate: '2026-07-10' };
const files = new Map<string, Uint8Array>();
let summary: Summary;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  await seedWorld();
  for (const def of catalog) {
    if (def.id !== 'pledge-ledger') await seedPeriod(def.id, '2026H1', '2026-01-01', '2099-07-15');
    files.set(def.id, await ledgerWorkbook(def, HEADER, def.example));
  }
  for (const def of catalog) {
    const res = await call('POST', '/api/submissions', { token: TOKENS.a, body: fileForm(files.get(def.id)!, `${def.name}.xlsx`, { templateId: def.id, period: '2026H1' }) });
    expect(res.status, def.id).toBe(201);
  }
  summary = (await (await call('GET', '/api/admin/summary?period=2026H1', { token: TOKENS.admin })).json()) as Summary;
  const res = await call('GET', '/api/admin/summary.xlsx?period=2026H1&details=false', { token: TOKENS.admin });
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await res.arrayBuffer()) as ExcelJS.Buffer);
}, 120_000);

/** The same files summarised without the service, for the figures the service should give. */
function offlineSummary(): Record<string, unknown> {
  const b = createSummaryBuilder({
    period: periodRange('2026H1')!, generatedOn: summary.generatedOn, templates: catalog,
    units: [{ code: 'ROOT', name: '市直机关党委', parent: null, members: 30, teams: 3, branches: 2 }, { code: 'A', name: UNIT.name, parent: 'ROOT', members: 30, teams: 3, branches: 2 }, { code: 'B', name: '市统计局机关党委', parent: 'ROOT', members: 30, teams: 3, branches: 2 }],
  });
  for (const def of catalog) {
    const { rows } = validateFile(files.get(def.id)!, `${def.name}.xlsx`, { expectedTemplate: def.id, period: '2026H1', today: '2026-07-10' });
    b.add({ unitCode: 'A', templateId: def.id, version: 1, submittedAt: '2026-07-10', status: 'accepted', late: false, errors: 0, warnings: 0 }, rows);
  }
  return b.finish() as unknown as Record<string, unknown>;
}

describe.each(catalog.map((d) => [d.id, d] as const))('%s, end to end', (_id, def) => {
  it('validates and counts as sent, on time', async () => {
    const res = await call('POST', '/api/validate', { token: TOKENS.a, body: fileForm(files.get(def.id)!, `${def.name}.xlsx`, { templateId: def.id, period: '2026H1' }) });
    const { report } = (await res.json()) as { report: { stats: { errors: number; rowsValid: number } } };
    expect(report.stats).toMatchObject({ errors: 0, rowsValid: def.example.length });
    const at = summary.rows.findIndex((r) => r.unitCode === 'A');
    expect(summary.status.rows[at]!.cells[def.id]!.state).toBe('on_time');
  });

  it.runIf(def.summary)('gives the figures the offline builder gives, in the workbook and in the add-in’s sheets', async () => {
    const s = def.summary!;
    const offline = offlineSummary();
    const service = summary as unknown as Record<string, unknown>;
    expect(service[s.key]).toEqual(offline[s.key]);
    for (const key of Object.keys(s.lists ?? {})) expect(service[key]).toEqual(offline[key]);

    const sheet = workbook.getWorksheet(s.sheet.name)!;
    const labels: unknown[] = [];
    sheet.eachRow((row) => labels.push(row.getCell(1).value));
    expect(labels).toContain(UNIT.name);

    const pane = new MemoryWorkbook();
    await pane.writeReportSheets(summarySheets(summary));
    expect(pane.sheets.map((x) => x.name)).toEqual(expectedSummarySheets());
    expect(pane.sheet(s.sheet.name)!.values.some((r) => r[0] === UNIT.name)).toBe(true);
  });
});
