import type { InferResponseType } from 'hono/client';
import { fetchFile, ok, type Api } from '../api/client.ts';
import type { AppContext } from '../app-context.ts';
import { reminderCountText } from '../pane/reminder-count.ts';
import { button, h, messageBar, replace, spinner } from '../ui/dom.ts';
import { copyOrSelect } from '../ui/clipboard.ts';
import { errorText } from '../ui/errors.ts';
import { saveFile } from '../ui/save-file.ts';

type Reminders = InferResponseType<Api['api']['admin']['reminders']['$get'], 200>;

const CLIPBOARD_FALLBACK = '无法访问剪贴板：通知已在下方文本框中选中，请按 Ctrl+C（Mac 为 ⌘C）复制。';

/**
 * 催报: how many slots are still owed, the ready-made notice to copy into a
 * group chat, and the 催报名单 workbook to phone down. `refresh` is called by
 * the board whenever it reloads (period changed, a ledger returned).
 */
export function remindersPanel(ctx: AppContext): { el: HTMLElement; refresh: () => Promise<void> } {
  const summary = h('p', { 'data-test': 'reminder-count' }, spinner());
  const status = h('div');
  const notice = h('textarea', { class: 'input', rows: 6, readonly: true, 'aria-label': '催报通知', 'data-test': 'reminder-notice' });

  const copy = async () => {
    replace(status, (await copyOrSelect(notice))
      ? messageBar('success', '催报通知已复制，可粘贴到工作群或文件中。', 'copy-result')
      : messageBar('warning', CLIPBOARD_FALLBACK, 'copy-result'));
  };
  const download = async () => {
    try {
      const file = await fetchFile(ctx.settings.server, ctx.settings.token, `/api/admin/reminders.xlsx?period=${encodeURIComponent(ctx.settings.period)}`);
      saveFile(file.bytes, file.fileName);
      replace(status, messageBar('success', `已下载 ${file.fileName}。`, 'download-result'));
    } catch (error) { replace(status, messageBar('error', errorText(error))); }
  };

  const el = h('section', { class: 'card', 'data-test': 'reminders' },
    h('h2', null, '催报'), summary,
    h('div', { class: 'row' }, button('复制通知', copy, 'primary', 'copy-notice'), button('下载催报名单', download, 'outline', 'download-reminders')),
    status, notice);

  const refresh = async () => {
    replace(status);
    replace(summary, spinner());
    try {
      const r = await ok<Reminders>(ctx.api.api.admin.reminders.$get({ query: { period: ctx.settings.period } }));
      replace(summary, reminderCountText(r.lines));
      notice.value = r.notice;
    } catch (error) {
      replace(summary);
      notice.value = '';
      replace(status, messageBar('error', errorText(error)));
    }
  };
  return { el, refresh };
}
