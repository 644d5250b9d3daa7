import { ok, type TemplateInfo } from '../api/client.ts';
import type { AppContext } from '../app-context.ts';
import { reviewChangeText, reviewedText, type LedgerName } from '../pane/review-settings.ts';
import { button, h, messageBar, replace, section, spinner } from '../ui/dom.ts';
import { errorText } from '../ui/errors.ts';

interface ReviewSettings {
  templateIds: string[];
}

/**
 * 逐级审核: which ledgers a level above must approve before they count
 * (GET/PUT /api/admin/review-settings), with what that means for the units.
 */
export function setupReviewView(ctx: AppContext): HTMLElement {
  const body = h('div', { class: 'stack', 'data-test': 'review-settings' }, spinner());

  const render = (ledgers: LedgerName[], reviewed: string[], message?: HTMLElement) => {
    const boxes = ledgers.map((l) => ({ l, box: h('input', { type: 'checkbox', value: l.id, checked: reviewed.includes(l.id), 'data-test': 'review-ledger' }) }));
    const status = h('div');
    const save = async () => {
      const templateIds = boxes.filter((b) => b.box.checked).map((b) => b.l.id);
      try {
        const saved = await ok<ReviewSettings>(ctx.api.api.admin['review-settings'].$put({ json: { templateIds } }));
        render(ledgers, saved.templateIds, messageBar('success', `已保存：${reviewChangeText(reviewed, saved.templateIds, ledgers)}`, 'review-result'));
      } catch (error) { replace(status, messageBar('error', errorText(error))); }
    };
    replace(body,
      h('p', { 'data-test': 'review-current' }, reviewedText(reviewed, ledgers)),
      message ?? null,
      h('div', { class: 'check-list' }, ...boxes.map(({ l, box }) => h('label', { class: 'check' }, box, h('span', null, l.name)))),
      status,
      h('div', { class: 'row' }, button('保存', save, 'primary', 'save-review')));
  };

  void (async () => {
    try {
      const [templates, settings] = await Promise.all([ok<TemplateInfo[]>(ctx.api.api.templates.$get()), ok<ReviewSettings>(ctx.api.api.admin['review-settings'].$get())]);
      render(templates.map((t) => ({ id: t.id, name: t.name })), settings.templateIds);
    } catch (error) { replace(body, messageBar('error', errorText(error))); }
  })();

  return section('逐级审核',
    h('p', { class: 'hint' }, '勾选的台账，党支部等下级单位报送后先为“待审核”，由其上级单位（如党总支）或机关党委审核通过后才计入汇总；审核时也可以填写意见退回，单位修改后重新报送。未勾选的台账报送后直接计入汇总。'),
    h('p', { class: 'hint' }, '有下级单位的单位用自己的单位令牌即可查看和审核其下属单位的台账；单位不能审核本单位的台账，由更上一级审核。'),
    body);
}
