import { ok } from '../api/client.ts';
import type { AppContext } from '../app-context.ts';
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

/**
 * 退回: a comment the office types (the example is only a placeholder, and an
 * empty comment is refused here before the worker would), then one call.
 * `status` shows the outcome; `onReturned` runs after the worker accepted it.
 */
export function returnForm(ctx: AppContext, target: ReturnTarget, status: HTMLElement, onReturned: () => Promise<void>, onCancel: () => void): { el: HTMLElement; focus(): void } {
  const text = h('textarea', { class: 'input', rows: 3, placeholder: '例如：第 5 行完成时限填写有误，请核对后重新报送。', 'data-test': 'return-comment' });
  const confirm = async () => {
    const comment = text.value.trim();
    if (!comment) {
      replace(status, messageBar('warning', '请填写退回意见，单位会在“我的报送”中看到。'));
      return text.focus();
    }
    try {
      await ok(ctx.api.api.admin.submissions[':id'].return.$post({ param: { id: target.submissionId }, json: { comment } }));
      replace(status, messageBar('success', `已退回${returnTargetText(target)}，该单位需要重新报送。`, 'return-result'));
      await onReturned();
    } catch (error) { replace(status, messageBar('error', errorText(error))); }
  };
  const el = h('div', { class: 'return-form', 'data-test': 'return-form' },
    h('b', null, `退回${returnTargetText(target)}`),
    field('退回意见', text),
    h('div', { class: 'row' }, button('确认退回', confirm, 'primary', 'confirm-return'), button('取消', onCancel, 'subtle', 'cancel-return')));
  return { el, focus: () => text.focus() };
}
