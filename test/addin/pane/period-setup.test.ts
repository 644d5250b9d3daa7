import { describe, expect, it } from 'vitest';
import { currentHalf, defaultDueText, defaultWindow, periodChoices, periodGroups, typedDate, unassigned, type PeriodSlot } from '../../../addin/src/pane/period-setup.ts';

const LEDGERS = [{ id: 'pledge-ledger', name: '承诺践诺台账' }, { id: 'mass-evaluation', name: '群众评议情况统计表' }, { id: 'branch-grading', name: '基层党组织分类定级自评表' }];
const slot = (templateId: string, code: string, due: string): PeriodSlot => ({ templateId, code, label: code, opens: `${code.slice(0, 4)}-01-01`, due });

describe('period choices', () => {
  it('offers the half years around today and this and next year, newest first, plus any period already set', () => {
    expect(periodChoices('2026-11-21', ['2025H1'])).toEqual([
      { value: '2027H1', text: '2027年上半年' }, { value: '2027', text: '2027年度' },
      { value: '2026H2', text: '2026年下半年' }, { value: '2026H1', text: '2026年上半年' }, { value: '2026', text: '2026年度' },
      { value: '2025H1', text: '2025年上半年' },
    ]);
    expect(periodChoices('2026-03-02', []).map((o) => o.value)).toEqual(['2027', '2026H2', '2026H1', '2026', '2025H2']);
    expect(currentHalf('2026-06-30')).toBe('2026H1');
    expect(currentHalf('2026-07-01')).toBe('2026H2');
  });

  it("pre-fills DOMAIN's windows: 上半年 due 7月15日, 下半年 due 次年1月15日", () => {
    expect(defaultWindow('2026H1')).toEqual({ opens: '2026-01-01', due: '2026-07-15' });
    expect(defaultWindow('2026H2')).toEqual({ opens: '2026-07-01', due: '2027-01-15' });
    expect(defaultDueText('2026H2')).toBe('默认截止日期：2027年1月15日（下半年为次年1月15日）');
    expect(defaultDueText('2026H1')).toBe('默认截止日期：2026年7月15日（上半年为当年7月15日）');
  });

  it('reads a typed date as staff write it, and passes anything else on as typed', () => {
    expect(typedDate(' 2026年7月5日 ')).toBe('2026-07-05');
    expect(typedDate('2026/7/15')).toBe('2026-07-15');
    expect(typedDate('2026-02-30')).toBe('2026-02-30');
    expect(typedDate('下个月')).toBe('下个月');
  });
});

describe('period groups', () => {
  it('shows which ledgers each period has, newest period first, ledgers in catalog order', () => {
    const slots = [slot('branch-grading', '2026H1', '2026-07-15'), slot('pledge-ledger', '2026H1', '2026-07-10'), slot('pledge-ledger', '2026H2', '2027-01-15')];
    expect(periodGroups(slots, LEDGERS).map((g) => [g.code, g.ledgers.map((l) => `${l.name}@${l.due}`)])).toEqual([
      ['2026H2', ['承诺践诺台账@2027-01-15']],
      ['2026H1', ['承诺践诺台账@2026-07-10', '基层党组织分类定级自评表@2026-07-15']],
    ]);
    expect(unassigned(LEDGERS, slots, '2026H1').map((l) => l.id)).toEqual(['mass-evaluation']);
  });
});
