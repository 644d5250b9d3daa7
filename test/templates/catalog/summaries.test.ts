import { describe, expect, it } from 'vitest';
import { catalog, rosterSources } from '../../../templates/catalog/index.ts';
import { periodRange } from '../../../templates/model/period.ts';
import { validateGrid } from '../../../templates/read/validate-grid.ts';
import { createSummaryBuilder, summarySchemaFor, tallyOf } from '../../../templates/summary/index.ts';
import { summarySheets } from '../../../templates/summary/sheets/index.ts';
import { ledgerGrid } from '../../../scripts/seed/ledger-file.ts';

/**
 * What every definition owes the rest of the product, checked for the whole
 * catalog so a new ledger is held to it without a line here: example rows
 * that pass its own rules, and a summary whose tally, figures, schema and
 * sheet fit together.
 */

const HEADER = { unitName: '市发展改革委机关党委', unitCode: 'A', period: '2026H1', filler: '王芳', phone: '0571-88000000', fillDate: '2026-07-10' };
const validated = (def: (typeof catalog)[number]) =>
  validateGrid(ledgerGrid(def, HEADER, def.example, `${def.name}.xlsx`), catalog, { expectedTemplate: def.id, period: '2026H1', today: '2026-07-10' });

describe.each(catalog.map((d) => [d.id, d] as const))('%s', (_id, def) => {
  it('has example rows that pass its own rules', () => {
    const { report, rows } = validated(def);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(rows).toHaveLength(def.example.length);
    expect(rows.length).toBeGreaterThan(0);
  });

  it.runIf(def.summary)('tallies its example into counted figures that fit its schema', () => {
    const s = def.summary!;
    const tally = tallyOf(s, validated(def).rows, 100);
    expect(Object.values(tally.counters).some((n) => n > 0)).toBe(true);
    const b = createSummaryBuilder({ period: periodRange('2026H1')!, units: [{ code: 'A', name: '甲', parent: null, members: 3, teams: 1, branches: 1 }], templates: [def], generatedOn: '2026-07-20' });
    b.addTally({ unitCode: 'A', templateId: def.id, version: 1, submittedAt: '2026-07-10', status: 'accepted', late: false, errors: 0, warnings: 0 }, tally);
    const summary = b.finish() as unknown as Record<string, { rows: unknown[]; total: unknown }>;
    expect(s.schema.safeParse(summary[s.key]!.total).success).toBe(true);
    expect(summary[s.key]!.rows).toHaveLength(1);
  });

  it.runIf(def.summary)('lays out its sheet with named, distinct columns and a valid sheet name', () => {
    const { sheet, lists } = def.summary!;
    for (const name of [sheet.name, ...Object.values<{ sheet: string }>(lists ?? {}).map((l) => l.sheet)]) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[\\/?*[\]:]/);
    }
    const keys = sheet.columns.map((c) => `${c.group ?? ''}·${c.header}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(sheet.columns.every((c) => /[\u4e00-\u9fa5]/.test(c.header))).toBe(true);
  });
});

describe('the catalog as a whole', () => {
  it('gives every section and list its own key', () => {
    expect(() => summarySchemaFor(catalog)).not.toThrow();
    expect(() => summarySchemaFor([...catalog, catalog.find((d) => d.summary)!])).toThrow(/already taken/);
  });

  it('has a roster source, and no summary sheet with repeated columns once shared sheets are put together', () => {
    expect(rosterSources().map((d) => d.id)).toEqual(['member-roster']);
    const b = createSummaryBuilder({ period: periodRange('2026H1')!, units: [], templates: catalog, generatedOn: '2026-07-20' });
    for (const sheet of summarySheets(b.finish())) {
      const keys = sheet.columns.map((c) => `${c.group ?? ''}·${c.header}`);
      expect(new Set(keys).size, sheet.name).toBe(keys.length);
    }
  });
});
