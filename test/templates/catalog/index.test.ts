import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { catalog, templateById } from '../../../templates/catalog/index.ts';
import { definitionDataSchema } from '../../../templates/model/definition-schema.ts';

/** Headers of each data sheet exactly as DOMAIN.md §3 writes them. */
const domainHeaders: Record<string, string[]> = {
  'pledge-ledger': ['序号', '承诺主体', '承诺单位或承诺人', '所在党支部', '承诺类别', '承诺事项', '践诺措施', '完成时限', '完成情况', '实际完成日期', '群众评价', '备注'],
  'mass-evaluation': ['评议对象', '对象类别', '所在党支部', '应参评人数', '实参评人数', '满意', '基本满意', '不满意', '不了解(弃权)', '满意率', '主要意见建议', '整改措施'],
  'leader-review': ['点评人', '点评人职务', '被点评党组织', '党组织书记', '点评时间', '点评方式', '主要成绩', '存在不足', '努力方向', '备注'],
  'secretary-review': ['点评人', '所在党支部', '被点评党员', '点评时间', '点评方式', '主要优点', '存在不足', '努力方向', '点评等次'],
  'demonstration-action': ['示范类型', '名称', '所属部门(单位)', '负责人或党员', '团队党员数', '申报日期', '群众评议满意率', '公示开始', '公示结束', '命名状态', '命名日期'],
  'rectification-ledger': ['问题来源', '问题描述', '整改措施', '责任单位', '责任人', '整改时限', '整改状态', '完成日期', '复验结果', '备注'],
  'branch-grading': ['党组织名称', '领导班子好', '党员队伍好', '工作机制好', '工作业绩好', '群众反映好', '总分', '自评等次', '主要问题'],
  'golden-ideas': ['提出人', '所在部门', '建议题目', '主要内容', '提出日期', '是否采纳', '采纳成效', '奖励情况'],
  'member-roster': ['姓名', '所在党支部', '党内职务', '人员类别'],
};

/** Columns DOMAIN marks with *. */
const domainRequired: Record<string, string[]> = {
  'pledge-ledger': ['承诺主体', '承诺单位或承诺人', '所在党支部', '承诺类别', '承诺事项', '践诺措施', '完成时限', '完成情况'],
  'mass-evaluation': ['评议对象', '对象类别', '所在党支部', '应参评人数', '实参评人数', '满意', '基本满意', '不满意'],
  'leader-review': ['点评人', '点评人职务', '被点评党组织', '党组织书记', '点评时间', '点评方式', '主要成绩', '存在不足', '努力方向'],
  'secretary-review': ['点评人', '所在党支部', '被点评党员', '点评时间', '点评方式', '主要优点', '存在不足', '努力方向'],
  'demonstration-action': ['示范类型', '名称', '所属部门(单位)', '负责人或党员', '申报日期', '命名状态'],
  'rectification-ledger': ['问题来源', '问题描述', '整改措施', '责任单位', '责任人', '整改时限', '整改状态'],
  // DOMAIN stars none here; a self-grading row without its scores and grade says nothing.
  'branch-grading': ['党组织名称', '领导班子好', '党员队伍好', '工作机制好', '工作业绩好', '群众反映好', '总分', '自评等次'],
  'golden-ideas': ['提出人', '所在部门', '建议题目', '主要内容', '提出日期'],
  'member-roster': ['姓名', '所在党支部'],
};

describe('catalog', () => {
  it('starts with the nine templates of DOMAIN §3.1–3.8 in order; ids are unique', () => {
    expect(catalog.map((d) => d.id).slice(0, 9)).toEqual(Object.keys(domainHeaders));
    expect(new Set(catalog.map((d) => d.id)).size).toBe(catalog.length);
  });

  it.each(catalog.map((d) => [d.id, d] as const))('%s passes the definition schema', (_id, def) => {
    const result = definitionDataSchema.safeParse(def);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  // Later ledgers check their DOMAIN headers in their own test file.
  it.each(Object.keys(domainHeaders))('%s has the headers and required marks of DOMAIN', (id) => {
    const def = templateById(id)!;
    expect(def.columns.map((c) => c.header)).toEqual(domainHeaders[id]);
    expect(def.columns.filter((c) => c.required).map((c) => c.header)).toEqual(domainRequired[id]);
  });

  it.each(catalog.map((d) => [d.id, d] as const))('%s has 填报说明 paragraphs and a rule text for each rule', (_id, def) => {
    expect(def.instructions.length).toBeGreaterThanOrEqual(3);
    for (const r of [...def.rowRules, ...def.sheetRules]) expect(r.describe).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('finds a template by id', () => {
    expect(templateById('branch-grading')?.name).toBe('基层党组织分类定级自评表');
    expect(templateById('mass-evaluation')?.defaults).toEqual({ rateTolerance: 0.005, flagThreshold: 1 / 3 });
    expect(templateById('nope')).toBeUndefined();
  });

  it('keeps the definitions pure: no Node, exceljs or I/O imports', () => {
    const dirs = ['templates/catalog', 'templates/rules'];
    const files = [...dirs.flatMap((d) => readdirSync(d).map((f) => `${d}/${f}`)), 'templates/model/definition-schema.ts'];
    const imports = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]));
    expect(imports.filter((i) => !i!.startsWith('.') && i !== 'zod')).toEqual([]);
  });
});
