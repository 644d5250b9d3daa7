import ExcelJS from 'exceljs';
import type { RosterEntry } from '../templates/model/definition.ts';
import {
  BRANCHES, GIVEN, MEASURE_CLOSERS, MEASURE_OPENERS, MEASURE_STEPS, PLEDGE_ACTIONS, PLEDGE_LEADS, PLEDGE_TARGETS, REMARKS, SLOGANS, SURNAMES,
} from './pledge-phrases.ts';
import { FIXTURE_ROWS } from './validate-steps.ts';

/**
 * A unit's 承诺践诺台账 as a large 委机关 would send it, with the 党员名册 the
 * service would load for it: 110 branches, ~10,000 members (namesakes
 * included, as real rosters have them), 20,000 rows of 30–60-character
 * pledges and measures. A few gaps are planted so the coverage rules have
 * something to find: branches without a 实事承诺, roster members without a
 * pledge, members not on the roster, and spelling noise (padded names, a
 * space inside a branch name) that nameKey must see through.
 */

export interface PledgeFixture {
  bytes: Uint8Array;
  roster: RosterEntry[];
  /** The unit's branches as the service derives them from the roster. */
  branches: string[];
  rows: number;
}

const PEOPLE = 10_000;
const ROSTER = 9_890;
const REPORT_DATE = Date.UTC(2026, 6, 8);
const DAY = 86_400_000;

/** mulberry32: a fixed seed gives the same workbook on every run and machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Person {
  name: string;
  branch: string;
}

export async function pledgeFixture(): Promise<PledgeFixture> {
  const rnd = random(20260708);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const between = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));

  const people: Person[] = [];
  const seen = new Set<string>();
  while (people.length < PEOPLE) {
    const name = pick(SURNAMES) + pick(GIVEN) + (rnd() < 0.7 ? pick(GIVEN) : '');
    const branch = pick(BRANCHES);
    if (seen.has(`${name}|${branch}`)) continue;
    seen.add(`${name}|${branch}`);
    people.push({ name, branch });
  }
  const roster = people.slice(0, ROSTER);
  // Roster members with no pledge at all: the member-coverage findings to expect.
  const silent = new Set(roster.filter((_, i) => i % 160 === 7));
  const pledging = people.filter((p) => !silent.has(p));

  const within = (min: number, max: number, make: () => string): string => {
    for (;;) {
      const text = make();
      if (text.length >= min && text.length <= max) return text;
    }
  };
  const pledgeText = (): string =>
    rnd() < 0.03
      ? pick(SLOGANS)
      : within(30, 60, () => {
          const base = `${pick(PLEDGE_LEADS)}，${pick(PLEDGE_ACTIONS).replace('{n}', String(between(1, 30)))}，${pick(PLEDGE_TARGETS)}`;
          return base.length < 30 ? `${base}，${pick(PLEDGE_TARGETS)}` : base;
        });
  const measureText = (): string =>
    within(30, 60, () => `${pick(MEASURE_OPENERS)}，${pick(MEASURE_STEPS)}，${pick(MEASURE_STEPS)}，${pick(MEASURE_CLOSERS)}`);

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('承诺践诺台账');
  ws.addRow(['承诺践诺台账']);
  ws.addRow(['填报单位', '国家发展改革委机关党委', '单位编码', 'FGW-01', '报送期次', '2026年上半年', '填报日期', new Date(REPORT_DATE)]);
  ws.getCell('H2').numFmt = 'yyyy-mm-dd';
  ws.addRow(['序号', '承诺主体', '承诺单位或承诺人', '所在党支部', '承诺类别', '承诺事项', '践诺措施', '完成时限', '完成情况', '实际完成日期', '群众评价', '备注']);

  let seq = 0;
  const addPledge = (subject: '党组织' | '党员', pledger: string, branch: string, category: '服务承诺' | '实事承诺'): void => {
    const status = rnd() < 0.4 ? '已完成' : pick(['推进中', '推进中', '推进中', '未开始', '未完成']);
    // About 0.3 % 已完成 without a completion date: the row errors a real upload carries.
    const completed = status === '已完成' && rnd() > 0.003 ? new Date(REPORT_DATE - between(1, 180) * DAY) : '';
    ws.addRow([
      ++seq, subject, pledger, branch, category, pledgeText(), measureText(),
      new Date(Date.UTC(2026, 2, 31) + between(0, 275) * DAY), status, completed,
      status === '已完成' ? pick(['满意', '满意', '满意', '基本满意', '不满意']) : '',
      rnd() < 0.05 ? pick(REMARKS) : '',
    ]);
  };
  const memberRows = FIXTURE_ROWS - BRANCHES.length * 2 + BRANCHES.filter((_, i) => i % 37 === 5).length;
  let twice = memberRows - pledging.length;
  for (const [i, branch] of BRANCHES.entries()) {
    addPledge('党组织', branch, branch, '服务承诺');
    if (i % 37 !== 5) addPledge('党组织', branch, branch, '实事承诺');
    for (const p of pledging) {
      if (p.branch !== branch) continue;
      const name = p.name.length === 2 && rnd() < 0.2 ? `${p.name[0]}  ${p.name[1]}` : p.name;
      const where = rnd() < 0.01 ? branch.replace('第', ' 第') : branch;
      addPledge('党员', name, where, rnd() < 0.3 ? '实事承诺' : '服务承诺');
      if (twice-- > 0) addPledge('党员', name, where, '服务承诺');
    }
  }
  if (seq !== FIXTURE_ROWS) throw new Error(`pledge fixture has ${seq} rows, not ${FIXTURE_ROWS}`);
  ws.getColumn(8).numFmt = 'yyyy-mm-dd';
  ws.getColumn(10).numFmt = 'yyyy-mm-dd';
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return { bytes, roster, branches: [...new Set(roster.map((m) => m.branch))], rows: FIXTURE_ROWS };
}
