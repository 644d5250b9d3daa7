import { z } from 'zod';
import { catalog, type ledgers } from '../catalog/index.ts';
import type { TemplateDefinition } from '../model/definition.ts';
import { capped, coreShape, ledgerSection, listUnitShape, type SummaryCore } from './schema-core.ts';
import type { CappedItems, LedgerSummary, ListSpec, Section } from './spec.ts';

/**
 * The consolidated summary (汇总表) as data: what the worker returns as JSON and
 * what the workbook writer and the add-in lay out. The core (tree, 报送情况,
 * notes) is fixed; every ledger with a summary adds its section under its key
 * (`rows[i]` belongs to the summary's `rows[i]`, plus `total`) and its capped
 * lists, so the schema and the type grow with the catalog and name no ledger.
 */

/** Throws on a section or list key used twice (or clashing with the core): two ledgers must not share figures by accident. */
export function summarySchemaFor(defs: readonly TemplateDefinition[]) {
  const shape: Record<string, z.ZodType> = { ...coreShape };
  const claim = (key: string, schema: z.ZodType, by: string) => {
    if (key in shape) throw new Error(`summary key "${key}" of ${by} is already taken`);
    shape[key] = schema;
  };
  for (const d of defs) {
    const s = d.summary;
    if (!s) continue;
    claim(s.key, ledgerSection(s.schema).extend(s.overall?.schema ?? {}), d.id);
    for (const [key, list] of Object.entries<ListSpec<unknown>>(s.lists ?? {})) claim(key, capped(z.object({ ...listUnitShape, ...list.item })), d.id);
  }
  return z.object(shape);
}

type ItemOf<S> = S extends ListSpec<infer I> ? I : never;
type OverallOf<S extends LedgerSummary> = ReturnType<NonNullable<S['overall']>['of']>;
type ListsOf<S extends LedgerSummary> = { [k in keyof NonNullable<S['lists']>]: CappedItems<ItemOf<NonNullable<S['lists']>[k]>> };
type PartsOf<S> = S extends LedgerSummary
  ? { [k in S['key']]: Section<ReturnType<S['figures']>> & OverallOf<S> } & ListsOf<S>
  : never;
type PartsOfDefinition<D> = D extends { summary: infer S } ? PartsOf<S> : never;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** The summary's type for a list of definitions typed one by one (the catalog's `ledgers`). */
export type SummaryFor<C extends readonly unknown[]> = SummaryCore & UnionToIntersection<PartsOfDefinition<C[number]>>;

/** The summary of the standard catalog: what the service returns and the add-in reads. */
export type Summary = SummaryFor<typeof ledgers>;
export const summarySchema = summarySchemaFor(catalog) as unknown as z.ZodType<Summary>;

export type { RowHead, StatusCell, StatusCounts, StatusRow, SubmissionState, SummaryCore, SummaryNote } from './schema-core.ts';
