import { catalog } from '../../../templates/catalog/index.ts';
import type { Summary } from '../../../templates/summary/schema.ts';
import { fetchFile, ok } from '../api/client.ts';
import type { AppContext } from '../app-context.ts';
import { summarySheets } from '../report/summary-sheets.ts';
import { scopeTitle } from '../pane/roles.ts';
import { button, h, messageBar, progressBar, replace } from '../ui/dom.ts';
import { errorText } from '../ui/errors.ts';
import { saveFile } from '../ui/save-file.ts';
import { scopeHeading } from './scope-heading.ts';
import { slotPicker } from './slot-picker.ts';

/** The ledgers' charts, named from the catalog so a new ledger's shows up here by itself. */
const LEDGER_CHARTS = catalog.flatMap((d) => d.summary?.sheet.columns.flatMap((c) => (c.chart ? [c.chart] : [])) ?? []);

/** 汇总: write the consolidated sheets into the open workbook (Excel), or download the .xlsx (any browser). */
export function adminSummaryView(ctx: AppContext): HTMLElement {
  const status = h('div');
  const progress = h('div');
  const write = async () => {
    // A stale "已写入" from the previous write must not read as this write's result.
    replace(status);
    replace(progress, h('div', { class: 'progress-label' }, '正在生成汇总并写入工作簿…'), progressBar(null, '正在写入汇总表'));
    try {
      const summary = await ok<Summary>(ctx.api.api.admin.summary.$get({ query: { period: ctx.settings.period } }));
      const sheets = summarySheets(summary);
      await ctx.workbook!.writeReportSheets(sheets);
      replace(status, messageBar('success', `已写入 ${sheets.length} 张汇总工作表（${sheets.map((s) => s.name).join('、')}）；再次写入会替换这些表，不会重复。`, 'write-result'));
    } catch (error) {
      replace(status, messageBar('error', errorText(error)));
    } finally {
      replace(progress);
    }
  };
  const download = async () => {
    try {
      const file = await fetchFile(ctx.settings.server, ctx.settings.token, `/api/admin/summary.xlsx?period=${encodeURIComponent(ctx.settings.period)}`);
      saveFile(file.bytes, file.fileName);
      replace(status, messageBar('success', `已下载 ${file.fileName}。`, 'download-result'));
    } catch (error) { replace(status, messageBar('error', errorText(error))); }
  };
  const archive = async () => {
    replace(status, messageBar('info', '正在打包归档：原件较多时需要一些时间…', 'archive-progress'));
    try {
      const file = await fetchFile(ctx.settings.server, ctx.settings.token, `/api/admin/archive.zip?period=${encodeURIComponent(ctx.settings.period)}`);
      saveFile(file.bytes, file.fileName);
      replace(status, messageBar('success', `已下载 ${file.fileName}：计入汇总的全部原件、汇总表和归档清单。`, 'download-result'));
    } catch (error) { replace(status, messageBar('error', errorText(error))); }
  };
  const scope = scopeTitle(ctx.me);
  return h('section', { class: 'card' }, scopeHeading('汇总表', scope),
    slotPicker(ctx, false, () => replace(status)),
    h('p', { class: 'hint' }, `${scope ? `只汇总${ctx.me.reviewer!.root.name}及其下属单位。` : ''}汇总包括报送情况、报送进度和本期应报各台账的汇总，每个单位一行并逐级合计；没有计入数据的标“无数据”，不作达标判断。写入 Excel 和下载的汇总表都附图表（${[...LEDGER_CHARTS, '报送进度'].join('、')}）。期末归档下载计入汇总的全部原件（与报送时一致）、汇总表和归档清单。`),
    h('div', { class: 'row' },
      ctx.workbook ? button('写入汇总表', write, 'primary', 'write-summary') : null,
      button('下载汇总表', download, ctx.workbook ? 'outline' : 'primary', 'download-summary'),
      button('下载期末归档（.zip）', archive, 'outline', 'download-archive')),
    progress, status);
}
