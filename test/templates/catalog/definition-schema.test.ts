import { describe, expect, it } from 'vitest';
import { definitionDataSchema, headerStem, normalizeHeader } from '../../../templates/model/definition-schema.ts';
import { choice, int, percent, text } from '../../../templates/model/columns.ts';
import type { ColumnDef } from '../../../templates/model/definition.ts';

const base = {
  id: 'sample-ledger',
  name: '示例台账',
  sheetName: '示例台账',
  version: 1,
  source: '测试',
  frequency: 'semiannual',
  instructions: ['每项填写一行。'],
  columns: [text('name', '姓名'), percent('rate', '满意率')] as ColumnDef[],
  rowRules: [],
  sheetRules: [],
  derivedFields: [],
  defaults: {},
};
const messages = (d: unknown): string[] => {
  const r = definitionDataSchema.safeParse(d);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('normalizeHeader / headerStem', () => {
  it('drops spaces and the trailing *, folds full-width forms', () => {
    expect(normalizeHeader(' 满意率（％）* ')).toBe('满意率(%)');
    expect(normalizeHeader('不了解 (弃权)')).toBe('不了解(弃权)');
  });
  it('drops a trailing unit in brackets for the stem', () => {
    expect(headerStem('满意率（%）')).toBe('满意率');
    expect(headerStem('所属部门(单位)')).toBe('所属部门');
    expect(headerStem('(单位)名称')).toBe('(单位)名称');
  });
});

describe('definitionDataSchema', () => {
  it('accepts a sound definition', () => {
    expect(messages(base)).toEqual([]);
  });

  it('places a nil-return declaration only where the blank template has room for it (G:H)', () => {
    const wide = [...Array(7).keys()].map((i) => text(`c${i}`, `列${i}`));
    expect(messages({ ...base, columns: wide, nilReturn: { label: '本期无整改事项' } })).toEqual([]);
    expect(messages({ ...base, nilReturn: { label: '本期无整改事项' } })).toEqual(['nilReturn: a nil-return declaration needs a template of at least 7 columns']);
    expect(messages({ ...base, columns: wide, nilReturn: { label: '' } })).toHaveLength(1);
  });

  it('refuses an alias that is another column’s header after normalisation', () => {
    const columns = [text('name', '姓名'), percent('rate', '满意率', { aliases: ['满意率（％）'] }), text('note', '满意率(%)')];
    expect(messages({ ...base, columns })).toEqual(['columns.2: header name "满意率(%)" of note collides with rate ("满意率")']);
  });

  it('refuses names that differ only by a trailing unit across columns, and allows it within one', () => {
    const across = [text('name', '姓名'), percent('rate', '满意率'), text('note', '满意率(备注)')];
    expect(messages({ ...base, columns: across })).toEqual(['columns.2: header name "满意率(备注)" of note collides with rate ("满意率")']);
    const within = [text('name', '姓名'), percent('rate', '满意率', { aliases: ['满意率(%)'] })];
    expect(messages({ ...base, columns: within })).toEqual([]);
  });

  it('refuses an alias repeating its own header', () => {
    expect(messages({ ...base, columns: [text('name', '姓名', { aliases: ['姓 名'] })] })).toEqual([
      'columns.0: header name "姓 名" of name repeats "姓名"',
    ]);
  });

  it('refuses duplicate keys, bad keys and a starred header', () => {
    const columns = [text('name', '姓名'), text('name', '名字'), text('Bad_key', '备注'), text('x', '序号*')];
    expect(messages({ ...base, columns })).toEqual([
      'columns.2.key: key must be camelCase English',
      'columns.3.header: header is written without the *',
      'columns.1.key: duplicate key "name"',
    ]);
  });

  it('wants options exactly on enum columns, without colliding names', () => {
    const enumNoOptions: ColumnDef = { key: 'status', header: '状态', type: 'enum' };
    const textWithOptions: ColumnDef = { ...text('note', '备注'), options: [{ value: '是' }] };
    const clash = choice('done', '是否完成', [['已完成', '完成'], ['未完成', '完成。']]);
    expect(messages({ ...base, columns: [enumNoOptions, textWithOptions, clash] })).toEqual([
      'columns.0.options: options are required for enum columns and only for them',
      'columns.1.options: options are required for enum columns and only for them',
      'columns.2.options.1: option name "完成。" collides with "完成"',
    ]);
  });

  it('checks the id, the sheet name, limits, rule ids and defaults', () => {
    const d = {
      ...base,
      id: 'Sample_Ledger',
      sheetName: '台账[2026]',
      columns: [int('n', '人数', { min: 5, max: 1 }), percent('r', '比例', { max: 100 })],
      rowRules: [{ id: 'a', describe: '甲' }, { id: 'a', describe: '乙' }],
    };
    expect(messages(d)).toEqual([
      'id: id must be kebab-case',
      'sheetName: sheet name holds a character Excel refuses',
      'columns.0.max: min is greater than max',
      'columns.1.max: percent limits are fractions between 0 and 1',
      'rowRules: duplicate rule id "a"',
    ]);
    expect(messages({ ...base, defaults: { quota: Number.NaN } })).toEqual(['defaults.quota: Invalid input: expected number, received NaN']);
  });

  it('refuses a derived key that shadows a non-percent column', () => {
    const derivedFields = [{ key: 'name', label: '姓名', type: 'text' }, { key: 'rate', label: '满意率', type: 'percent' }];
    expect(messages({ ...base, derivedFields })).toEqual(['derivedFields.0.key: derived key "name" shadows a column']);
  });
});
