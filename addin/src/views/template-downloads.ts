import { fetchFile, ok, type TemplateInfo } from '../api/client.ts';
import type { AppContext } from '../app-context.ts';
import { button, h, messageBar, replace, section, spinner } from '../ui/dom.ts';
import { errorText } from '../ui/errors.ts';
import { saveFile } from '../ui/save-file.ts';

/** Every standard ledger's blank workbook, for filling in Excel or WPS. */
export function templateDownloads(ctx: AppContext): HTMLElement {
  const list = h('div', { class: 'templates' }, spinner());
  const status = h('div');
  void ok<TemplateInfo[]>(ctx.api.api.templates.$get()).then(
    (templates) =>
      replace(list, ...templates.map((t) =>
        button(`⤓ ${t.name}`, async () => {
          try {
            const file = await fetchFile(ctx.settings.server, ctx.settings.token, `/api/templates/${encodeURIComponent(t.id)}/blank.xlsx?period=${encodeURIComponent(ctx.settings.period)}`);
            saveFile(file.bytes, file.fileName);
          } catch (error) { replace(status, messageBar('error', errorText(error))); }
        }, 'subtle', `download-${t.id}`))),
    (error) => replace(list, messageBar('error', errorText(error))),
  );
  return section('下载空白模板', h('p', { class: 'hint' }, '用 Excel 或 WPS 填写标准模板：不要删改表头，日期写成 2026-07-15 的样式，有下拉框的列从下拉框中选。'), list, status);
}
