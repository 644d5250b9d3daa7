import { z } from 'zod';

/**
 * The data part of a TemplateDefinition, checked once per catalog entry (in a
 * test) so a careless alias cannot make the reader match the wrong column.
 * Rules and derive() are functions and are checked by their own tests; only
 * their ids and descriptions are looked at here.
 */

/**
 * How the reader compares header texts: whitespace gone, full-width forms folded
 * to half-width (（）→(), ％→%), the required-marker * dropped from the end.
 * Two names equal under this form are one name to the reader.
 */
export function normalizeHeader(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').replace(/\*+$/, '').toLowerCase();
}

/**
 * What is left of a header once a trailing unit in brackets is dropped
 * (满意率(%) → 满意率, 不了解(弃权) → 不了解). The reader matches headers in this
 * form too, so two columns must stay apart even here.
 */
export function headerStem(s: string): string {
  return normalizeHeader(s).replace(/[(\[【][^)\]】]*[)\]】]$/, '');
}

/** Enum values are compared like headers and also ignore trailing punctuation (已完成。). */
export function normalizeOption(s: string): string {
  return normalizeHeader(s).replace(/[。.,，;；!！、:：]+$/, '');
}

const nonEmpty = z.string().trim().min(1);

const enumOptionSchema = z.object({
  value: nonEmpty,
  aliases: z.array(nonEmpty).optional(),
});

export const columnDefSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'key must be camelCase English'),
    header: nonEmpty.refine((h) => !/[*＊]/.test(h), 'header is written without the *'),
    aliases: z.array(nonEmpty).optional(),
    type: z.enum(['text', 'int', 'number', 'date', 'enum', 'percent']),
    required: z.boolean().optional(),
    options: z.array(enumOptionSchema).min(1).optional(),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    maxLength: z.number().int().positive().optional(),
    width: z.number().positive().max(255).optional(),
    numFmt: nonEmpty.optional(),
    hint: nonEmpty.optional(),
  })
  .superRefine((c, ctx) => {
    if ((c.type === 'enum') !== (c.options !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'options are required for enum columns and only for them' });
    }
    if (c.min !== undefined && c.max !== undefined && c.min > c.max) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: 'min is greater than max' });
    }
    if (c.type === 'percent' && [c.min, c.max].some((v) => v !== undefined && (v < 0 || v > 1))) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: 'percent limits are fractions between 0 and 1' });
    }
    const seen = new Map<string, string>();
    for (const [i, o] of (c.options ?? []).entries()) {
      for (const name of [o.value, ...(o.aliases ?? [])]) {
        const k = normalizeOption(name);
        const other = seen.get(k);
        if (other !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['options', i], message: `option name "${name}" collides with "${other}"` });
        }
        seen.set(k, name);
      }
    }
  });

const ruleSchema = z.object({ id: nonEmpty, describe: nonEmpty });

export const definitionDataSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'id must be kebab-case'),
    name: nonEmpty,
    // Excel's own limits on sheet names.
    sheetName: nonEmpty.max(31).refine((s) => !/[\\/?*[\]:]/.test(s), 'sheet name holds a character Excel refuses'),
    version: z.number().int().positive(),
    source: nonEmpty,
    frequency: z.enum(['semiannual', 'monthly', 'once']),
    instructions: z.array(nonEmpty).min(1),
    columns: z.array(columnDefSchema).min(1),
    rowRules: z.array(ruleSchema),
    sheetRules: z.array(ruleSchema),
    derivedFields: z.array(
      z.object({
        key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
        label: nonEmpty,
        type: z.enum(['boolean', 'percent', 'number', 'text']),
      }),
    ),
    defaults: z.record(z.string(), z.number().finite()),
    nilReturn: z.object({ label: nonEmpty.max(20) }).optional(),
  })
  .superRefine((d, ctx) => {
    const keys = new Set<string>();
    // Across columns names must differ even as stems; within a column a name that
    // only adds a unit (满意率(%) beside 满意率) is a harmless spelling, a literal repeat is not.
    const stems = new Map<string, { key: string; name: string }>();
    for (const [i, c] of d.columns.entries()) {
      if (keys.has(c.key)) ctx.addIssue({ code: 'custom', path: ['columns', i, 'key'], message: `duplicate key "${c.key}"` });
      keys.add(c.key);
      const own = new Map<string, string>();
      for (const name of [c.header, ...(c.aliases ?? [])]) {
        const repeat = own.get(normalizeHeader(name));
        if (repeat !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['columns', i], message: `header name "${name}" of ${c.key} repeats "${repeat}"` });
        }
        own.set(normalizeHeader(name), name);
        const stem = headerStem(name);
        const owner = stems.get(stem);
        if (owner !== undefined && owner.key !== c.key) {
          ctx.addIssue({ code: 'custom', path: ['columns', i], message: `header name "${name}" of ${c.key} collides with ${owner.key} ("${owner.name}")` });
        }
        if (owner === undefined) stems.set(stem, { key: c.key, name });
      }
    }
    for (const [i, f] of d.derivedFields.entries()) {
      if (keys.has(f.key) && !isRecomputed(f.key, d.columns)) {
        ctx.addIssue({ code: 'custom', path: ['derivedFields', i, 'key'], message: `derived key "${f.key}" shadows a column` });
      }
    }
    if (new Set(d.derivedFields.map((f) => f.key)).size !== d.derivedFields.length) {
      ctx.addIssue({ code: 'custom', path: ['derivedFields'], message: 'duplicate derived key' });
    }
    // The blank template writes the declaration in G:H of the 基本信息 rows, left of the hidden identity cell.
    if (d.nilReturn && d.columns.length < 7) {
      ctx.addIssue({ code: 'custom', path: ['nilReturn'], message: 'a nil-return declaration needs a template of at least 7 columns' });
    }
    for (const list of ['rowRules', 'sheetRules'] as const) {
      const ids = d[list].map((r) => r.id);
      const dup = ids.find((id, i) => ids.indexOf(id) !== i);
      if (dup !== undefined) ctx.addIssue({ code: 'custom', path: [list], message: `duplicate rule id "${dup}"` });
    }
  });

/**
 * A derived field may reuse the key of a column it recomputes from other cells
 * (满意率 typed vs computed), as long as both are percentages.
 */
function isRecomputed(key: string, columns: readonly { key: string; type: string }[]): boolean {
  return columns.some((c) => c.key === key && c.type === 'percent');
}

export type DefinitionData = z.infer<typeof definitionDataSchema>;
