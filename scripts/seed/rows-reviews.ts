import { childrenOf, DEMO_UNITS, secretaryOf, type DemoUnit } from './org.ts';
import { dayIn } from './dates.ts';
import type { RowContext, SeedRow } from './types.ts';

const METHODS = ['集中点评', '个别点评', '现场点评', '随机点评'] as const;

const ACHIEVEMENTS = [
  '认真落实“三会一课”制度，承诺践诺事项按期推进',
  '围绕中心工作开展调研，形成的建议被采纳',
  '窗口服务规范，群众满意度较高',
];
const SHORTCOMINGS = ['理论学习与业务工作结合不够紧密', '党员教育管理的方式比较单一', '承诺公示的及时性有待提高'];
const DIRECTIONS = ['把支部工作与业务工作同部署、同检查', '丰富组织生活形式，提高党员参与度', '完善承诺践诺跟踪督办机制'];

const titleOf = (unit: DemoUnit): string => (unit.parentCode === null ? '机关党委书记' : childrenOf(unit.code).length > 0 ? '党总支书记' : '党支部书记');

/**
 * 上级领导点评下级党组织及书记: a unit with subordinates records its reviews of
 * each of them; a 党支部 records the review it received from its 党总支.
 */
export function leaderReviewRows({ unit, period, fillDate, random }: RowContext): SeedRow[] {
  const children = childrenOf(unit.code);
  const parent = DEMO_UNITS.find((u) => u.code === unit.parentCode);
  const pairs: [DemoUnit, DemoUnit][] = children.length > 0 ? children.map((c) => [unit, c]) : parent ? [[parent, unit]] : [];
  return pairs.map(([reviewer, reviewed], i): SeedRow => ({
    reviewer: secretaryOf(reviewer),
    reviewerTitle: titleOf(reviewer),
    branch: reviewed.name,
    secretary: secretaryOf(reviewed),
    reviewedOn: dayIn(period.start, 75 + 9 * i, fillDate),
    method: METHODS[(i + random.int(0, 3)) % METHODS.length]!,
    achievements: random.pick(ACHIEVEMENTS),
    shortcomings: random.pick(SHORTCOMINGS),
    direction: random.pick(DIRECTIONS),
    remarks: null,
  }));
}

const STRENGTHS = ['业务扎实，主动承担急难险重任务', '服务意识强，群众评价好', '带头学习，按时完成承诺事项', '工作细致，文稿质量高'];
const MEMBER_SHORTCOMINGS = ['深入基层调研不够', '理论学习的系统性不够', '创新意识有待加强'];
const MEMBER_DIRECTIONS = ['多到企业和基层一线了解情况', '坚持每天学习，做好学习笔记', '在岗位上争当示范'];

/** 基层党组织书记点评党员: the secretary reviews every other member of the unit. */
export function secretaryReviewRows({ unit, period, fillDate, random }: RowContext): SeedRow[] {
  const secretary = secretaryOf(unit);
  return unit.members.slice(1).map((member, i): SeedRow => ({
    reviewer: secretary,
    branch: unit.name,
    member: member.name,
    reviewedOn: dayIn(period.start, 100 + (i % 3), fillDate),
    method: i % 3 === 0 ? '个别点评' : '集中点评',
    strengths: random.pick(STRENGTHS),
    shortcomings: random.pick(MEMBER_SHORTCOMINGS),
    direction: random.pick(MEMBER_DIRECTIONS),
    grade: random.pick(['好', '好', '较好', '较好', '一般']),
  }));
}
