import { massEvaluation, pledgeLedger } from '../templates/catalog/index.ts';
import type { RowValues, TemplateDefinition } from '../templates/model/definition.ts';
import type { NormalisedRow } from '../templates/read/validate-grid.ts';

/**
 * Synthetic but realistic normalised rows for the summary bench: what a unit's
 * counted 承诺践诺台账 and 群众评议情况统计表 look like after validation (Chinese
 * names and sentences, enum values, dates, derived fields computed by the
 * definitions themselves). Shared by the seed endpoint (inside workerd) and
 * the Node side, so both see the same data.
 */

export const ORG = 'bench';
export const PERIOD = '2026H1';
export const REPORT_DATE = '2026-07-20';
export const ADMIN_TOKEN = 'tzt_bench_admin';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'.split('');
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚'.split('');
const ITEMS = ['为群众办实事', '开展志愿服务', '走访困难党员', '完成业务培训', '整改问题清单', '撰写调研报告'];
const STATUS = ['未开始', '推进中', '已完成', '已完成', '未完成'];
const RATINGS = ['满意', '基本满意', '不满意'];
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
const branchOf = (i: number) => `机关第${'一二三四五六七八九十'[i % 10]}党支部`;
const personOf = (u: number, i: number) => `${pick(SURNAMES, u * 3 + i * 7)}${pick(GIVEN, i * 13 + u)}${i % 3 ? pick(GIVEN, i + u) : ''}`;
const day = (offset: number) => new Date(Date.UTC(2026, 0, 1) + (offset % 360) * 86_400_000).toISOString().slice(0, 10);

function normalise(def: TemplateDefinition, list: RowValues[]): NormalisedRow[] {
  return list.map((values, i) => ({ row: 5 + i, values, derived: def.derive(values, { reportDate: REPORT_DATE, params: def.defaults }) }));
}

export function pledgeRows(unit: number, count: number): NormalisedRow[] {
  return normalise(pledgeLedger, Array.from({ length: count }, (_, i): RowValues => {
    const status = pick(STATUS, i + unit);
    const org = i % 10 === 0;
    return {
      subjectType: org ? '党组织' : '党员',
      pledger: org ? branchOf(i) : personOf(unit, i),
      branch: branchOf(i),
      category: i % 4 ? '服务承诺' : '实事承诺',
      pledge: `${pick(ITEMS, i)}${(i % 9) + 1}次，完成率达到${80 + (i % 20)}%`,
      measures: `每月${(i % 4) + 1}次，由${branchOf(i + 3)}督促落实`,
      deadline: day(i * 37 + unit),
      status,
      completedOn: status === '已完成' ? day(i * 11 + unit) : null,
      rating: i % 3 ? pick(RATINGS, i + unit) : null,
      remarks: i % 10 ? null : '需跟进',
    };
  }));
}

export function evaluationRows(unit: number, count: number): NormalisedRow[] {
  return normalise(massEvaluation, Array.from({ length: count }, (_, i): RowValues => {
    const eligible = 20 + ((i * 7 + unit) % 30);
    const participants = eligible - (i % 3);
    const dissatisfied = (i + unit) % 11 === 0 ? Math.ceil(participants / 2) : i % 4;
    const basicallySatisfied = (i * 5) % 6;
    const abstained = i % 2;
    const satisfied = participants - dissatisfied - basicallySatisfied - abstained;
    const org = i % 8 === 0;
    return {
      target: org ? branchOf(i) : personOf(unit, i),
      targetType: org ? '党组织' : '党员',
      branch: branchOf(i),
      eligible, participants, satisfied, basicallySatisfied, dissatisfied, abstained,
      satisfactionRate: null,
      opinions: i % 5 ? null : '希望进一步加强与群众的联系，及时回应群众关切',
      rectification: dissatisfied > 0 ? '制定整改清单，限期整改并向群众反馈' : null,
    };
  }));
}

export interface TreeUnit {
  code: string;
  name: string;
  parentCode: string | null;
  members: number;
  teams: number;
  branches: number;
  /** Only leaves report. */
  reports: boolean;
}

/** 工委 → ⌈n/10⌉ 部门 → n reporting 支部 (three levels), codes sorted in tree order. */
export function unitTree(n: number): TreeUnit[] {
  const departments = Math.ceil(n / 10);
  const out: TreeUnit[] = [{ code: 'W', name: '市直机关工委', parentCode: null, members: 0, teams: 0, branches: 0, reports: false }];
  for (let d = 0; d < departments; d++)
    out.push({ code: `D${String(d).padStart(4, '0')}`, name: `市直部门${d + 1}机关党委`, parentCode: 'W', members: 5, teams: 1, branches: 0, reports: false });
  for (let u = 0; u < n; u++)
    out.push({
      code: `D${String(u % departments).padStart(4, '0')}-B${String(u).padStart(5, '0')}`,
      name: `${branchOf(u)}（${u + 1}）`,
      parentCode: `D${String(u % departments).padStart(4, '0')}`,
      members: 20 + (u % 40), teams: 2 + (u % 5), branches: 1, reports: true,
    });
  return out;
}
