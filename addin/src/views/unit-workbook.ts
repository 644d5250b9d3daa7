import { ok, type Report, type SubmitResult } from '../api/client.ts';
import type { AppContext } from '../app-context.ts';
import { marksOf } from '../pane/issue-groups.ts';
import { refusedReport } from '../pane/refused-report.ts';
import { button, h, messageBar, progressBar, replace, section } from '../ui/dom.ts';
import { errorText } from '../ui/errors.ts';
import type { Grid } from '../../../templates/model/grid.ts';
import { bytesToBase64 } from '../workbook/xlsx-sheets.ts';
import { fetchFile, ledgerJson } from '../api/client.ts';
import { issueList } from './issue-list.ts';
import { ledgerSwitchBar, noteOwed, slotPicker } from './slot-picker.ts';
import { owedPanel } from './owed-ledgers.ts';
import { reportSummary, submitOutcome } from './report-summary.ts';
import { submitGate } from '../pane/submit-gate.ts';

/** Inside Excel (or the in-memory workbook): insert a blank ledger, validate the open workbook, mark, submit. */
export function unitWorkbookView(ctx: AppContext): HTMLElement {
  const wb = ctx.workbook!;
  const root = h('div', { class: 'stack' });
  const owed = owedPanel(ctx);
  const status = h('div');
  const results = h('div', { class: 'card', hidden: true, 'data-test': 'results' });
  const progress = h('div', { hidden: true });
  let report: Report | null = null;
  const gateHint = h('p', { class: 'hint', 'data-test': 'submit-gate' });
  const validateButton = button('校验当前工作簿', () => validate(), 'primary', 'validate');
  const submitButton = button('报送', () => submit(), 'outline', 'submit');
  // Set once anything was checked, refused files included; a new period or ledger starts over.
  let checked = false;
  const gate = () => {
    const g = submitGate(report);
    submitButton.disabled = !g.enabled;
    gateHint.textContent = g.reason ?? '';
    gateHint.hidden = g.reason === null;
    validateButton.textContent = checked ? '重新校验' : '校验当前工作簿';
  };

  const slot = () => ({ templateId: ctx.settings.templateId || undefined, period: ctx.settings.period || undefined });
  const show = (el: HTMLElement) => replace(status, el);

  const setProgress = (label: string, fraction: number | null) => {
    progress.hidden = false;
    replace(progress, h('div', { class: 'progress-label' }, h('span', null, label), fraction === null ? null : h('span', null, `${Math.round(fraction * 100)}%`)),
      progressBar(fraction, label));
  };

  const read = async (): Promise<Grid> =>
    wb.readGrid({ onProgress: (done, total) => setProgress(`正在读取表格：${done} / ${total} 行`, total > 0 ? done / total : 1) });

  const failed = (error: unknown) => {
    progress.hidden = true;
    const refused = refusedReport(error);
    const offer = ledgerSwitchBar(ctx, refused, errorText(error), async () => { render(); await validate(); });
    if (refused) {
      checked = true;
      report = refused;
      renderResults();
    }
    // The offer says all the refusal would: 校验结果 would only repeat it.
    if (offer) results.hidden = true;
    show(offer ?? messageBar('error', errorText(error)));
  };

  const validate = async () => {
    replace(status);
    try {
      const grid = await read();
      setProgress('正在校验…', null);
      report = (await ok<{ report: Report }>(ctx.api.api.validate.$post(ledgerJson({ grid, ...slot() })))).report;
      checked = true;
      progress.hidden = true;
      renderResults();
    } catch (error) { failed(error); }
  };

  const renderResults = () => {
    gate();
    if (!report) return;
    results.hidden = false;
    const r = report;
    replace(results,
      h('h2', null, '校验结果'),
      reportSummary(r),
      h('div', { class: 'row' },
        button('标记到表格', async () => {
          try {
            const m = await wb.markIssues(marksOf(r.issues));
            show(messageBar('info', `已在表格中标出 ${m.marked} 个单元格${m.notesSupported ? '（鼠标移到单元格上可看批注）' : '（当前 Excel 版本不支持批注，只标了底色）'}。`, 'mark-result'));
          } catch (error) { show(messageBar('error', errorText(error))); }
        }, 'outline', 'mark'),
        button('清除标记', async () => {
          try {
            const n = await wb.clearMarks();
            show(messageBar('info', `已清除 ${n} 个单元格的标记，原有底色已恢复。`, 'clear-result'));
          } catch (error) { show(messageBar('error', errorText(error))); }
        }, 'subtle', 'clear'),
      ),
      issueList(r.issues, async (sheet, cell) => {
        try { await wb.selectCell(sheet, cell); } catch (error) { show(messageBar('error', errorText(error))); }
      }),
    );
  };

  const submit = async () => {
    replace(status);
    try {
      const grid = await read();
      // The sheet may have been edited since it was checked: check what is there now, and send it only if it passes.
      setProgress('正在校验…', null);
      report = (await ok<{ report: Report }>(ctx.api.api.validate.$post(ledgerJson({ grid, ...slot() })))).report;
      checked = true;
      if (!submitGate(report).enabled) {
        progress.hidden = true;
        renderResults();
        show(messageBar('warning', '表格改动后又有错误，未报送。请按校验结果修改后再报送。', 'submit-result'));
        return;
      }
      setProgress('正在上传并报送…', null);
      const result = await ok<SubmitResult>(ctx.api.api.submissions.$post(ledgerJson({ grid, ...slot() })));
      setProgress('报送完成', 1);
      report = result.report;
      renderResults();
      show(submitOutcome(result));
      // The picker keeps the ledger just sent; the card shows its new state.
      owed.refresh();
    } catch (error) { failed(error); }
  };

  const insert = async () => {
    try {
      const { bytes } = await fetchFile(ctx.settings.server, ctx.settings.token, `/api/templates/${encodeURIComponent(ctx.settings.templateId)}/blank.xlsx?period=${encodeURIComponent(ctx.settings.period)}`);
      const names = await wb.insertTemplate(bytesToBase64(bytes));
      // The workbook is not what was checked any more.
      report = null;
      checked = false;
      results.hidden = true;
      gate();
      show(messageBar('success', `已插入工作表：${names.join('、')}。填好后点击“校验当前工作簿”。`, 'insert-result'));
    } catch (error) { show(messageBar('error', errorText(error))); }
  };

  // A result belongs to the period and ledger it was checked against.
  const slotChanged = () => {
    report = null;
    checked = false;
    results.hidden = true;
    replace(status);
    render();
  };

  const render = () => {
    replace(root,
      owed.el,
      section('填报与校验',
        slotPicker(ctx, true, slotChanged),
        h('div', { class: 'row' },
          validateButton,
          submitButton,
          button('插入空白模板', insert, 'subtle', 'insert'),
        ),
        h('p', { class: 'hint' }, '校验不会保存任何内容；报送时每次都保存为新版本，机关党委以最新一次为准。'),
        gateHint,
        progress,
        status,
      ),
      results,
    );
    renderResults();
  };
  render();
  owed.list.then((list) => { if (!checked && noteOwed(ctx, list)) render(); }, () => undefined);
  return root;
}
