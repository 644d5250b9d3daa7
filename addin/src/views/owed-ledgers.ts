import type { InferResponseType } from 'hono/client';
import { ok, type Api } from '../api/client.ts';
import type { AppContext } from '../app-context.ts';
import { REVIEW_TEXT, returnCommentText } from '../pane/labels.ts';
import { needsAction, owedLine } from '../pane/owed-text.ts';
import { badge, h, messageBar, replace, section, spinner, type BadgeColor } from '../ui/dom.ts';
import { errorText } from '../ui/errors.ts';

export type Owed = InferResponseType<Api['api']['my']['ledgers']['$get'], 200>['ledgers'][number];

const COLOR: Record<Owed['state'], BadgeColor> = {
  on_time: 'success', late: 'warning', pending_review: 'brand', missing: 'danger', returned: 'important', rejected: 'danger', not_expected: 'subtle',
};

/**
 * 本单位应报台账: for the current and the previous period, each ledger the
 * office set with its due date, days left or overdue and its state on the
 * office's board — 待审核 while a level above reviews it, 审核通过 once it
 * did; a returned ledger shows the comment and who sent it back (its 党总支
 * or the 机关党委) right here, where the unit uploads, not only in 我的报送.
 */
export function owedLedgersCard(owed: Promise<Owed[]>): HTMLElement {
  const body = h('div', { 'data-test': 'owed' }, spinner('tiny', '正在加载应报台账'));
  void (async () => {
    try {
      const ledgers = await owed;
      if (ledgers.length === 0) return replace(body, h('p', { class: 'hint' }, '机关党委尚未设置报送期次。'));
      const periods = [...new Set(ledgers.map((l) => l.periodLabel))];
      replace(body, ...periods.map((label) => h('div', { class: 'period-group' },
        h('h3', null, label),
        ...ledgers.filter((l) => l.periodLabel === label).map((l) => h('div', { class: `sub${needsAction(l) ? ' todo' : ''}`, 'data-test': 'owed-ledger', 'data-state': l.state, 'data-template': l.templateId },
          h('div', { class: 'line' }, h('span', { class: 'name' }, l.ledger), badge(l.label, COLOR[l.state]),
            // 待审核 is the state itself; an approved version says so beside 按时/逾期报送.
            l.review === 'approved' && l.state !== 'returned' ? badge(REVIEW_TEXT.approved, 'success', 'outline') : null),
          h('div', { class: 'hint', 'data-test': 'owed-line' }, owedLine(l)),
          l.state === 'returned' && l.returnComment ? h('div', { class: 'comment', 'data-test': 'owed-comment' }, returnCommentText(l.returnedBy, l.returnComment)) : null)))));
    } catch (error) {
      replace(body, messageBar('error', errorText(error)));
    }
  })();
  return section('本单位应报台账', body);
}

/** GET /api/my/ledgers: read once per screen, for the card and for the picker's default ledger. */
export const loadOwed = async (ctx: AppContext): Promise<Owed[]> => (await ok<{ ledgers: Owed[] }>(ctx.api.api.my.ledgers.$get())).ledgers;

export interface OwedPanel {
  /** The first read, for the picker's default ledger. */
  readonly list: Promise<Owed[]>;
  /** The card as it stands now (refresh swaps it in place). */
  readonly el: HTMLElement;
  /** Reads again and swaps the card, so the unit's home shows a submission's new state at once. */
  refresh(): void;
}

/** The unit's home card on both upload screens (file and open workbook). */
export function owedPanel(ctx: AppContext): OwedPanel {
  const list = loadOwed(ctx);
  let el = owedLedgersCard(list);
  return {
    list,
    get el() { return el; },
    refresh() {
      const fresh = owedLedgersCard(loadOwed(ctx));
      el.replaceWith(fresh);
      el = fresh;
    },
  };
}
