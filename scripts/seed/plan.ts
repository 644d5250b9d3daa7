import { DEMO_UNITS } from './org.ts';
import { addDays, DEMO_REVIEWED, DEMO_TEMPLATES, demoPeriods, demoPeriodWindows, type DemoTemplate } from './periods.ts';
import type { Variant } from './types.ts';

export type Step =
  /** `at` backdates the upload (previous period only, see backdateSql); without it the upload happens now. */
  | { do: 'submit'; variant: Variant; via: 'file' | 'grid'; fillDate: string; at?: string }
  /** 退回重填, by the 机关党委 (office) or by the unit's 党总支 (parent) through its own token. */
  | { do: 'return'; comment: string; by?: 'office' | 'parent' }
  /** 审核通过 of the version just sent (a reviewed ledger, see DEMO_REVIEWED), by the unit's parent — the office for the top unit. */
  | { do: 'approve'; comment?: string };

/** Everything that happens in one slot (unit × template × period), in order. */
export interface SlotScript {
  unitCode: string;
  templateId: DemoTemplate;
  period: string;
  steps: Step[];
}

type Key = `${string}/${DemoTemplate}`;

export const RETURN_VAGUE = '部分承诺事项（如“进一步提高服务质量”）没有可量化的目标，请逐条写明数量或时限后重新报送。';
export const RETURN_BY_PARENT = '点评内容过于笼统：请对每名党员写明具体事例，“存在不足”不能只写“无”。';

/** A reviewed ledger's history was approved level by level; others need nothing after the upload. */
const approvedIfReviewed = (templateId: DemoTemplate): Step[] => (DEMO_REVIEWED.includes(templateId) ? [{ do: 'approve' }] : []);

/**
 * The previous half-year is history: nearly everything arrived before the due
 * day, a few slots late, two never. The service stamps uploads with the real
 * clock, so these are uploaded now and then backdated to `at`.
 */
function previousPeriod(period: string, due: string): SlotScript[] {
  const missing = new Set<Key>(['FGW0301/secretary-review', 'FGW0202/branch-grading', 'FGW/branch-grading']);
  const lateDays: Partial<Record<Key, number>> = { 'FGW0202/pledge-ledger': 6, 'FGW0202/mass-evaluation': 6, 'FGW0102/rectification-ledger': 2 };
  const at = (day: string): { fillDate: string; at: string } => ({ fillDate: day, at: `${day}T02:30:00.000Z` });
  const out: SlotScript[] = [];
  DEMO_UNITS.forEach((unit, i) =>
    DEMO_TEMPLATES.forEach((templateId, j) => {
      const key: Key = `${unit.code}/${templateId}`;
      if (missing.has(key)) return;
      const day = lateDays[key] !== undefined ? addDays(due, lateDays[key]) : addDays(due, -((i + j) % 8) - 1);
      const variant: Variant = key === 'FGW0201/mass-evaluation' ? 'flagged' : 'good';
      const steps: Step[] =
        key === 'FGW0101/mass-evaluation'
          ? [{ do: 'submit', variant: 'errors', via: 'file', ...at(addDays(day, -1)) }, { do: 'submit', variant: 'good', via: 'file', ...at(day) }]
          : [{ do: 'submit', variant, via: 'file', ...at(day) }];
      out.push({ unitCode: unit.code, templateId, period, steps: [...steps, ...approvedIfReviewed(templateId)] });
    }),
  );
  return out;
}

/**
 * The current half-year is under way: some units have reported, one was sent
 * back and resubmitted, one is still 已退回, one only managed a rejected file,
 * and the 整改台账 (due early) came in late. The reviewed ledgers (书记点评党员,
 * 分类定级自评表) go through the 党总支: some approved, some still 待审核, and
 * one returned by 经济运行党总支 with its comment.
 */
function currentPeriod(period: string, today: string): SlotScript[] {
  const file = (variant: Variant = 'good'): Step => ({ do: 'submit', variant, via: 'file', fillDate: today });
  const grid = (variant: Variant = 'good'): Step => ({ do: 'submit', variant, via: 'grid', fillDate: today });
  const plan: Partial<Record<DemoTemplate, Record<string, Step[]>>> = {
    'pledge-ledger': {
      FGW: [file()], FGW01: [file()], FGW0101: [file()], FGW02: [file()], FGW0301: [file()],
      FGW0102: [file('vague'), { do: 'return', comment: RETURN_VAGUE }, file()],
      FGW0201: [file('vague'), { do: 'return', comment: RETURN_VAGUE }],
      FGW0202: [file('errors')],
    },
    'mass-evaluation': {
      FGW: [file()], FGW0101: [file('errors'), file()], FGW0102: [file()], FGW0201: [file('flagged')], FGW0301: [file()],
    },
    'leader-review': { FGW: [grid()], FGW01: [grid()], FGW02: [grid()], FGW03: [grid()], FGW0101: [file()] },
    'secretary-review': {
      FGW0101: [grid(), { do: 'approve', comment: '点评到人，同意上报。' }], FGW0102: [grid()],
      FGW0201: [grid(), { do: 'return', comment: RETURN_BY_PARENT, by: 'parent' }], FGW0301: [file()],
    },
    'rectification-ledger': { FGW02: [file()], FGW0101: [file()], FGW0201: [file()], FGW0301: [file()] },
    'branch-grading': { FGW0102: [file('grade-off')], FGW0201: [file(), { do: 'approve' }] },
  };
  return DEMO_TEMPLATES.flatMap((templateId) =>
    Object.entries(plan[templateId] ?? {}).map(([unitCode, steps]) => ({ unitCode, templateId, period, steps })),
  );
}

/** The whole demo history as of `today` ('YYYY-MM-DD', China time). */
export function demoPlan(today: string): SlotScript[] {
  const { current, previous } = demoPeriods(today);
  const due = demoPeriodWindows(today).find((p) => p.code === previous)!.due;
  return [...previousPeriod(previous, due), ...currentPeriod(current, today)];
}
