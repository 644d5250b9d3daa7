import { ok } from '../api/client.ts';
import type { AppContext } from '../app-context.ts';
import { reviewRefusal, type ReviewAction } from '../pane/review-refusal.ts';
import { button, field, h, messageBar, replace } from '../ui/dom.ts';
import { errorText } from '../ui/errors.ts';

export interface ReturnTarget {
  submissionId: string;
  unitName: string;
  ledgerName: string;
  version: number;
}

/** 「市统计局机关党委的承诺践诺台账第 2 版」: what the form and its outcome name, so nobody returns the wrong ledger. */
export const returnTargetText = (t: ReturnTarget): string => `${t.unitName}的${t.ledgerName}第 ${t.version} 版`;

const FORM = {
  return: {
    verb: '退回', label: '退回意见', confirm: '确认退回',
    placeholder: '例如：第 5 行完成时限填写有误，请核对后重新报送。',
    done: (t: string) => `已退回${t}，该单位需要重新报送。`,
  },
  approve: {
    verb: '审核通过', label: '审核意见（可不填）', confirm: '确认审核通过',
    placeholder: '例如：内容齐全，同意上报。',
    done: (t: string) => `已审核通过${t}，它现在计入汇总。`,
  },
} as const;

/**
 * 退回 or 审核通过 of one version, beside it in the slot view. 退回 needs a
 * comment the reviewer types (the example is only a placeholder; an empty one
 * is refused here before the worker would); 审核通过 may have one. `status`
 * shows the outcome; `onDone` runs after the worker accepted it — or refused
 * it because the slot moved on (someone else acted first), so it is read again.
 */
export function reviewForm(ctx: AppContext, action: ReviewAction, target: ReturnTarget, status: HTMLElement, onDone: () => Promise<void>, onCancel: () => void): { el: HTMLElement; focus(): void } {
  const f = FORM[action];
  const text = h('textarea', { class: 'input', rows: 3, placeholder: f.placeholder, 'data-test': `${action}-comment` });
  const what = returnTargetText(target);
  const confirm = async () => {
    const comment = text.value.trim();
    if (action === 'return' && !comment) {
      replace(status, messageBar('warning', '请填写退回意见，单位会在“我的报送”中看到。'));
      return text.focus();
    }
    try {
      const param = { id: target.submissionId };
      await ok(action === 'return'
        ? ctx.api.api.admin.submissions[':id'].return.$post({ param, json: { comment } })
        : ctx.api.api.admin.submissions[':id'].approve.$post({ param, json: comment ? { comment } : {} }));
      replace(status, messageBar('success', f.done(what), `${action}-result`));
      await onDone();
    } catch (error) {
      const refusal = reviewRefusal(error, what);
      replace(status, messageBar('error', refusal?.text ?? errorText(error), 'review-refused'));
      if (refusal?.stale) await onDone();
    }
  };
  const el = h('div', { class: 'return-form', 'data-test': `${action}-form` },
    h('b', null, `${f.verb}${what}`),
    field(f.label, text),
    h('div', { class: 'row' }, button(f.confirm, confirm, 'primary', `confirm-${action}`), button('取消', onCancel, 'subtle', `cancel-${action}`)));
  return { el, focus: () => text.focus() };
}
