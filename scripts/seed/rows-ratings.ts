import type { RowContext, SeedRow } from './types.ts';

const OPINIONS: readonly (readonly [string, string])[] = [
  ['个别时候回复群众咨询不够及时', '建立咨询回复时限制度，2个工作日内答复'],
  ['深入基层调研次数偏少', '每季度到基层调研不少于1次'],
  ['政策宣传解读不够通俗', '编写政策问答，在门户网站公开'],
];

const roundRate = (n: number): number => Math.round(n * 10_000) / 10_000;

/** 群众评议情况统计表: the unit as 党组织, then up to six members; the votes always add up to 实参评人数 unless the variant is `errors`. */
export function evaluationRows({ unit, variant, random }: RowContext): SeedRow[] {
  const targets: [string, string][] = [[unit.name, '党组织'], ...unit.members.slice(0, 6).map((m): [string, string] => [m.name, '党员'])];
  return targets.map(([target, targetType], i): SeedRow => {
    const eligible = targetType === '党组织' ? random.int(28, 40) : random.int(15, 24);
    const participants = eligible - random.int(0, 3);
    // The fourth object of a `flagged` ledger: 不满意 above one third of those who voted (重点关注).
    const flagged = variant === 'flagged' && i === 3;
    const dissatisfied = flagged ? Math.floor(participants / 3) + 2 : random.pick([0, 0, 0, 1]);
    const abstained = random.int(0, 1);
    const basicallySatisfied = flagged ? 3 : random.int(1, 4);
    const satisfied = participants - dissatisfied - abstained - basicallySatisfied;
    const [opinions, rectification] = dissatisfied > 0 ? OPINIONS[i % OPINIONS.length]! : [null, null];
    const typedRate = i % 2 === 0 ? roundRate((satisfied + basicallySatisfied) / participants) : null;
    const row: SeedRow = {
      target, targetType, branch: unit.name, eligible, participants, satisfied, basicallySatisfied, dissatisfied, abstained,
      satisfactionRate: typedRate, opinions, rectification,
    };
    // Two votes too many on the second row: the sum no longer equals 实参评人数 (row/sum-mismatch).
    if (variant === 'errors' && i === 1) Object.assign(row, { satisfied: satisfied + 2, satisfactionRate: null });
    return row;
  });
}

const GRADE_BANDS: readonly (readonly [number, string])[] = [[90, '先进'], [80, '较好'], [60, '一般']];
export const gradeFor = (total: number): string => GRADE_BANDS.find(([min]) => total >= min)?.[1] ?? '后进';

const PROBLEMS = ['党员参加集中学习的出勤率有待提高', '承诺践诺公示不够及时', '服务群众的长效机制还不健全'];

/** 基层党组织分类定级自评表: one row, the unit grading itself on the 五个好. */
export function gradingRows({ unit, variant, random }: RowContext): SeedRow[] {
  const [leadershipScore, membershipScore, mechanismScore, performanceScore, publicOpinionScore] =
    [random.int(16, 20), random.int(16, 20), random.int(15, 20), random.int(16, 20), random.int(17, 20)] as const;
  const total = leadershipScore + membershipScore + mechanismScore + performanceScore + publicOpinionScore;
  const implied = gradeFor(total);
  // A branch that grades itself one band off its score (row/grade-mismatch, a warning).
  const grade = variant === 'grade-off' ? (implied === '先进' ? '较好' : '先进') : implied;
  return [{
    branch: unit.name, leadershipScore, membershipScore, mechanismScore, performanceScore, publicOpinionScore,
    total, grade, problems: random.pick(PROBLEMS),
  }];
}
