import { catalog, demonstrationAction, goldenIdeas, massEvaluation, pledgeLedger } from '../../../templates/catalog/index.ts';
import type { RowValues, TemplateDefinition } from '../../../templates/model/definition.ts';
import { periodRange } from '../../../templates/model/period.ts';
import type { NormalisedRow } from '../../../templates/read/validate-grid.ts';
import { createSummaryBuilder, type SummarySubmission, type SummaryUnit } from '../../../templates/summary/index.ts';

/** A five-unit tree (工委 → 部门 → 支部) with hand-checked submissions, shared by the builder and writer tests. */
export const REPORT_DATE = '2026-07-20';
export const period = periodRange('2026H1')!;
export const templates = catalog.filter((d) => d.id !== 'member-roster');

export const rows = (def: TemplateDefinition, list: RowValues[]): NormalisedRow[] =>
  list.map((values, i) => ({ row: 5 + i, values, derived: def.derive(values, { reportDate: REPORT_DATE, params: def.defaults }) }));

export const units: SummaryUnit[] = [
  { code: 'W', name: '市直工委', parent: null, members: 0, teams: 0, branches: 0 },
  { code: 'D1', name: '部门一', parent: 'W', members: 0, teams: 0, branches: 0 },
  { code: 'B1', name: '支部一', parent: 'D1', members: 10, teams: 2, branches: 1 },
  { code: 'B2', name: '支部二', parent: 'D1', members: 30, teams: 5, branches: 1 },
  { code: 'D2', name: '部门二', parent: 'W', members: 21, teams: 10, branches: 2 },
];

export const sub = (unitCode: string, templateId: string, extra: Partial<SummarySubmission> = {}): SummarySubmission => ({
  unitCode, templateId, version: 1, submittedAt: '2026-07-10', status: 'accepted', late: false, errors: 0, warnings: 0, ...extra,
});

export const pledge = (subjectType: string, pledger: string, category: string, status: string, deadline: string): RowValues => ({
  subjectType, pledger, branch: '第一党支部', category, pledge: '办结来信10件', measures: '每周处理', deadline, status,
  completedOn: status === '已完成' ? '2026-06-01' : null, rating: null,
});
const evaluation = (target: string, targetType: string, s: number, b: number, d: number): RowValues => ({
  target, targetType, branch: '第一党支部', eligible: s + b + d, participants: s + b + d, satisfied: s, basicallySatisfied: b, dissatisfied: d, abstained: 0,
});
const demo = (kind: string, status: string, name: string): RowValues => ({ kind, name, department: '办公室', leader: '张三', appliedOn: '2026-05-01', status });

export function build(listCap?: number, params?: Record<string, Record<string, number>>) {
  const b = createSummaryBuilder({ period, units, templates, generatedOn: REPORT_DATE, ...(listCap ? { listCap } : {}), ...(params ? { params } : {}) });
  b.add(sub('B1', 'pledge-ledger'), rows(pledgeLedger, [
    pledge('党员', '张三', '服务承诺', '已完成', '2026-06-30'),
    pledge('党员', '张三', '实事承诺', '推进中', '2026-06-30'),
    pledge('党组织', '第一党支部', '实事承诺', '未开始', '2026-07-01'),
  ]));
  b.add(sub('B1', 'mass-evaluation'), rows(massEvaluation, [evaluation('张三', '党员', 6, 2, 2), evaluation('第一党支部', '党组织', 3, 2, 4)]));
  b.add(sub('B1', 'demonstration-action'), rows(demonstrationAction, [demo('示范岗', '限期整改', '窗口岗')]));
  b.add(sub('B2', 'pledge-ledger', { late: true, submittedAt: '2026-07-18', version: 2, warnings: 4 }), rows(pledgeLedger, [
    pledge('党员', '李四', '服务承诺', '已完成', '2026-06-30'),
    pledge('党员', '王五', '服务承诺', '未完成', '2026-06-30'),
    pledge('党员', '赵六', '实事承诺', '推进中', '2026-12-31'),
  ]));
  b.add(sub('B2', 'mass-evaluation'), rows(massEvaluation, [evaluation('李四', '党员', 18, 2, 0)]));
  b.add(sub('B2', 'demonstration-action'), rows(demonstrationAction, [
    demo('示范岗', '已命名', '岗一'), demo('示范岗', '已命名', '岗二'), demo('示范岗', '已命名', '岗三'), demo('示范岗', '初评推荐', '岗四'),
    demo('示范团队', '已命名', '团队一'), demo('示范单位', '已命名', '单位一'), demo('示范行业', '已命名', '行业一'),
  ]));
  b.add(sub('D2', 'pledge-ledger', { status: 'returned' }), []);
  b.add(sub('D2', 'mass-evaluation'), rows(massEvaluation, [evaluation('周七', '党员', 5, 3, 2)]));
  b.add(sub('D2', 'rectification-ledger', { status: 'rejected', errors: 3 }), []);
  b.add(sub('D1', 'golden-ideas', { source: '部门一-金点子.xlsx' }), rows(goldenIdeas, [
    { proposer: '甲', department: '办公室', title: '题一', content: '内容', proposedOn: '2026-03-01', adopted: '是' },
    { proposer: '甲', department: '办公室', title: '题二', content: '内容', proposedOn: '2026-03-02', adopted: '否' },
  ]));
  return b.finish();
}


/**
 * The summary sheets the catalog asks for, in the order DOMAIN §4 reads: 报送情况,
 * 报送进度, then each ledger's sheet (once, however many ledgers share it) and its lists.
 */
export function expectedSummarySheets(defs: readonly TemplateDefinition[] = catalog): string[] {
  const names = ['报送情况', '报送进度'];
  for (const d of defs) {
    if (!d.summary || names.includes(d.summary.sheet.name)) continue;
    names.push(d.summary.sheet.name);
    for (const same of defs.filter((o) => o.summary?.sheet.name === d.summary!.sheet.name))
      names.push(...Object.values<{ sheet: string }>(same.summary!.lists ?? {}).map((l) => l.sheet));
  }
  return names;
}

/** 明细 (the index) and one 明细 sheet per expected ledger. */
export const expectedDetailSheets = (defs: readonly TemplateDefinition[]): string[] => ['明细', ...defs.map((d) => `明细-${d.sheetName}`.slice(0, 31))];
