import { catalog } from '../../catalog/index.ts';
import type { TemplateDefinition } from '../../model/definition.ts';
import type { Summary } from '../schema.ts';
import type { ListSpec, Section } from '../spec.ts';
import { listSheet } from './lists.ts';
import { progressSheet, statusSheet } from './status.ts';
import { ledgerSheet, type Ledger } from './tree.ts';
import type { SummarySheet } from './types.ts';

export interface SummarySheetOptions {
  /** The office's offset from UTC for submission times (default 480, Beijing time). */
  utcOffsetMinutes?: number;
  /** Definitions to lay out (default the standard catalog). */
  catalog?: readonly TemplateDefinition[];
}

/**
 * Every sheet of the 汇总表 (DOMAIN §4) in order: 报送情况, 报送进度, then each
 * ledger's summary sheet followed by its lists, in catalog order. Only the
 * ledgers the period asks for (the summary's `templates`) or that have counted
 * data get sheets: the summary holds a section for every ledger, and an
 * unassigned one would only show zeros. A ledger whose section the summary
 * does not hold (built by an older catalog) is left out.
 */
export function summarySheets(s: Summary, options: SummarySheetOptions = {}): SummarySheet[] {
  const assigned = new Set(s.templates.map((t) => t.id));
  const sections = s as unknown as Record<string, Section<unknown> | undefined>;
  const held = (options.catalog ?? catalog).filter((d): d is Ledger => {
    const section = d.summary ? sections[d.summary.key] : undefined;
    return section !== undefined && (assigned.has(d.id) || section.counted.total > 0);
  });
  const out: SummarySheet[] = [statusSheet(s, options.utcOffsetMinutes), progressSheet(s)];
  const done = new Set<string>();
  for (const d of held) {
    const name = d.summary.sheet.name;
    if (done.has(name)) continue;
    done.add(name);
    const parts = held.filter((p) => p.summary.sheet.name === name);
    out.push(ledgerSheet(s, parts));
    for (const p of parts)
      for (const [key, spec] of Object.entries<ListSpec<unknown>>(p.summary.lists ?? {})) if (key in s) out.push(listSheet(s, key, spec));
  }
  return out;
}

export { chartRows, type SheetChart, type SheetColumnSpec, type SheetRow, type SummarySheet } from './types.ts';
export { STATE_LABEL, localTime } from './status.ts';
