import { fetchFile, ok } from '../api/client.ts';
import type { AppContext } from '../app-context.ts';
import { fieldErrors } from '../pane/field-errors.ts';
import { issueBody, issueTargets, revokeQuestion, tokenRows, unitsWithoutToken, type TokenRow, type TokenView } from '../pane/token-setup.ts';
import type { UnitView } from '../pane/unit-form.ts';
import { badge, button, h, messageBar, replace, section, spinner } from '../ui/dom.ts';
import { copyOrSelect } from '../ui/clipboard.ts';
import { errorText } from '../ui/errors.ts';
import { checkedField, clearFieldErrors, showFieldErrors, textInput } from '../ui/form-field.ts';
import { saveFile } from '../ui/save-file.ts';

const CLIPBOARD_FALLBACK = '无法访问剪贴板：令牌已在框中选中，请按 Ctrl+C（Mac 为 ⌘C）复制。';

/** The plaintext of a new token, shown this once, with a copy button. */
function onceBox(token: string, who: string, onDone: () => void): HTMLElement {
  const box = textInput({ value: token, readonly: true, class: 'input secret', 'aria-label': '新令牌', 'data-test': 'new-token' });
  const status = h('div');
  const copy = async () => {
    replace(status, (await copyOrSelect(box))
      ? messageBar('success', '令牌已复制，请交给对方，由对方填入“设置”中的访问令牌。', 'copy-token-result')
      : messageBar('warning', CLIPBOARD_FALLBACK, 'copy-token-result'));
  };
  return h('div', { class: 'once', 'data-test': 'token-once' },
    h('b', null, `已为${who}签发令牌`),
    box,
    h('p', { class: 'hint', style: 'color:inherit' }, '令牌只在这里显示这一次，关闭或离开本页后无法再次查看（服务器只保存它的哈希）。请立即复制并交给对方；遗失时收回后重新签发。'),
    h('div', { class: 'row' }, button('复制令牌', copy, 'primary', 'copy-token'), button('已保存，关闭', onDone, 'subtle', 'close-token')),
    status);
}

/** 令牌: issue one (shown once), revoke with a confirmation, and one click for every unit still without one. */
export function setupTokensView(ctx: AppContext): HTMLElement {
  const issueCard = h('div', { class: 'card', 'data-test': 'token-issue' }, spinner());
  const bulkCard = h('div', { class: 'card', 'data-test': 'token-bulk' });
  const listCard = h('div', { class: 'card', 'data-test': 'token-list' });
  const once = h('div');
  /** The token whose plaintext `once` shows: revoking it takes the box away too. */
  let onceId = '';
  // Outlive the re-render that follows each change, so the result stays on screen.
  const bulkStatus = h('div', { 'data-test': 'bulk-status' });
  const listStatus = h('div');
  let units: UnitView[] = [];
  let tokens: TokenView[] = [];
  let showRevoked = false;

  const load = async () => {
    try {
      const [u, t] = await Promise.all([
        ok<{ units: UnitView[] }>(ctx.api.api.admin.units.$get()),
        ok<{ tokens: TokenView[] }>(ctx.api.api.admin.tokens.$get()),
      ]);
      units = u.units;
      tokens = t.tokens;
      renderIssue();
      renderBulk();
      renderList();
    } catch (error) { replace(issueCard, messageBar('error', errorText(error))); }
  };
  const reload = async () => {
    const t = await ok<{ tokens: TokenView[] }>(ctx.api.api.admin.tokens.$get());
    tokens = t.tokens;
    renderBulk();
    renderList();
  };

  const renderIssue = () => {
    const target = checkedField('签发给', h('select', { class: 'input', 'data-test': 'token-target' }, ...issueTargets(units).map((o) => h('option', { value: o.value }, o.text))));
    const label = checkedField('备注（可选）', textInput({ maxlength: 100, placeholder: '例如：办公室 王芳', 'data-test': 'token-label' }), '便于日后在列表中认出这个令牌');
    const fields = { unitCode: target, label };
    const status = h('div');
    const issue = async () => {
      clearFieldErrors(fields);
      replace(once);
      try {
        const r = await ok<{ token: string; record: TokenView }>(ctx.api.api.admin.tokens.$post({ json: issueBody(target.control.value, label.control.value) }));
        const who = target.control.selectedOptions[0]?.textContent ?? '';
        replace(status);
        onceId = r.record.id;
        replace(once, onceBox(r.token, who, () => replace(once)));
        (once.querySelector('[data-test=copy-token]') as HTMLElement | null)?.focus();
        await reload();
      } catch (error) {
        showFieldErrors(fields, fieldErrors(error, ['unitCode', 'label'], { 'unit/not-found': 'unitCode' }), status);
      }
    };
    replace(issueCard, h('h2', null, '签发令牌'),
      h('p', { class: 'hint' }, '单位令牌用于填报和报送，管理员令牌用于机关党委的全部功能。'),
      h('div', { class: 'form-grid wide' }, target.el, label.el), status,
      h('div', { class: 'row' }, button('签发', issue, 'primary', 'issue-token')),
      once);
  };

  const renderBulk = () => {
    const without = unitsWithoutToken(units, tokens);
    const bulk = async () => {
      replace(bulkStatus, spinner('tiny', '正在签发'));
      try {
        const file = await fetchFile(ctx.settings.server, ctx.settings.token, '/api/admin/tokens/bulk', 'POST');
        saveFile(file.bytes, file.fileName);
        replace(bulkStatus, messageBar('success', `已为 ${without.length} 个单位签发令牌并下载 ${file.fileName}。令牌只在这份文件中出现一次，请逐一分发，分发后妥善保管或销毁该文件。`, 'bulk-result'));
        await reload();
      } catch (error) { replace(bulkStatus, messageBar('error', errorText(error), 'bulk-result')); }
    };
    replace(bulkCard, h('h2', null, '为所有单位签发令牌'),
      h('p', { class: 'hint', 'data-test': 'bulk-count' }, without.length === 0
        ? `全部 ${units.length} 个单位都已有有效令牌。`
        : `${without.length} 个单位尚无有效令牌：${without.slice(0, 5).map((u) => u.name).join('、')}${without.length > 5 ? ' 等' : ''}。一次签发，并下载单位令牌表（单位编码、单位名称、令牌、签发时间）用于分发。`),
      h('div', { class: 'row' }, button('为所有单位签发令牌', bulk, without.length === 0 ? 'outline' : 'primary', 'bulk-tokens')),
      bulkStatus);
  };

  const renderList = () => {
    const rows = tokenRows(tokens, units);
    const shown = rows.filter((r) => showRevoked || r.active);
    const toggle = h('input', { type: 'checkbox', checked: showRevoked, 'data-test': 'show-revoked' });
    toggle.addEventListener('change', () => { showRevoked = toggle.checked; renderList(); });
    replace(listCard, h('h2', null, `令牌（有效 ${rows.filter((r) => r.active).length} 个）`),
      listStatus,
      h('label', { class: 'check' }, toggle, h('span', null, `显示已收回的令牌（${rows.filter((r) => !r.active).length} 个）`)),
      shown.length === 0 ? h('p', { class: 'hint' }, '没有令牌。') : h('ul', { class: 'item-list' }, ...shown.map(tokenItem)));
  };

  const tokenItem = (r: TokenRow) => {
    const host = h('div', { style: 'flex-basis:100%' });
    const ask = () => {
      const status = h('div');
      const revoke = async () => {
        try {
          await ok(ctx.api.api.admin.tokens[':id'].$delete({ param: { id: r.id } }));
          replace(listStatus, messageBar('success', `已收回“${r.who}”的令牌（${r.label}）。`, 'revoke-result'));
          if (r.id === onceId) replace(once);
          await reload();
        } catch (error) { replace(status, messageBar('error', errorText(error))); }
      };
      replace(host, h('div', { class: 'confirm', role: 'group', 'aria-label': '确认收回', 'data-test': 'revoke-confirm' },
        h('span', null, revokeQuestion(r)), status,
        h('div', { class: 'row' }, button('确认收回', revoke, 'primary', 'confirm-revoke'), button('取消', () => replace(host), 'subtle', 'cancel-revoke'))));
      (host.querySelector('[data-test=cancel-revoke]') as HTMLElement).focus();
    };
    return h('li', { 'data-test': 'token-row', 'data-token': r.id, 'data-active': String(r.active) },
      h('div', { class: 'grow' }, h('b', null, r.who), h('span', { class: 'hint' }, `${r.label} · 签发于 ${r.issued}`)),
      h('div', { class: 'actions' }, badge(r.state, r.active ? 'success' : 'subtle'), r.active ? button('收回', ask, 'subtle', 'revoke-token') : null),
      host);
  };

  void load();
  return h('div', { class: 'stack' }, issueCard, bulkCard, listCard);
}
