import { ok, type Report, type SubmitResult } from '../api/client.ts';
import type { AppContext } from '../app-context.ts';
import { issueRows } from '../pane/issue-groups.ts';
import { button, h, messageBar, progressBar, replace, section, spinner } from '../ui/dom.ts';
import { errorText } from '../ui/errors.ts';
import { ledgerForm } from '../api/client.ts';
import { refusedReport } from '../pane/refused-report.ts';
import { reportSummary, submitOutcome } from './report-summary.ts';
import { ledgerSwitchBar, noteOwed, slotPicker } from './slot-picker.ts';
import { owedPanel } from './owed-ledgers.ts';
import { submitGate } from '../pane/submit-gate.ts';
import { templateDownloads } from './template-downloads.ts';

/** Without Excel (WPS users): choose a filled file, validate it on the server, read the issues as a table, submit. */
export function unitUploadView(ctx: AppContext): HTMLElement {
  const root = h('div', { class: 'stack' });
  const owed = owedPanel(ctx);
  const status = h('div');
  const results = h('div', { class: 'card', hidden: true, 'data-test': 'results' });
  let file: File | null = null;
  let report: Report | null = null;
  const gateHint = h('p', { class: 'hint', 'data-test': 'submit-gate' });
  const validateButton = button('校验', () => validate(), 'outline', 'validate');
  const submitButton = button('报送', () => submit(), 'primary', 'submit');
  const gate = () => {
    const g = submitGate(file ? report : null);
    submitButton.disabled = !g.enabled;
    gateHint.textContent = g.reason ?? '';
    gateHint.hidden = g.reason === null;
    validateButton.textContent = report ? '重新校验' : '校验';
  };

  const input = h('input', { type: 'file', accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'data-test': 'file' });
  const chosen = h('span', { class: 'hint' }, '点击选择填好的 .xlsx 文件');
  input.addEventListener('change', () => {
    file = input.files?.[0] ?? null;
    chosen.textContent = file ? `已选择：${file.name}（${Math.ceil(file.size / 1024)} KB）` : '点击选择填好的 .xlsx 文件';
    results.hidden = true;
    report = null;
    gate();
    replace(status);
    if (file) void validate();
  });

  const form = () => ({ file: file!, templateId: ctx.settings.templateId || undefined, period: ctx.settings.period || undefined });

  const showReport = (r: Report) => {
    report = r;
    gate();
    results.hidden = false;
    const rows = issueRows(r.issues);
    replace(results, h('h2', null, '校验结果'), reportSummary(r),
      rows.length === 0 ? null : h('table', { class: 'grid', 'data-test': 'issue-table' },
        h('thead', null, h('tr', null, h('th', null, '类别'), h('th', null, '工作表'), h('th', null, '单元格'), h('th', null, '问题及修改方法'))),
        h('tbody', null, ...rows.map((r) => h('tr', null, h('td', { class: 'nowrap' }, r.severity), h('td', null, r.sheet), h('td', { class: 'mono' }, r.cell), h('td', null, r.message))))));
  };

  const failed = (error: unknown) => {
    const refused = refusedReport(error);
    const offer = ledgerSwitchBar(ctx, refused, errorText(error), async () => { render(); await validate(); });
    if (refused) showReport(refused);
    // The offer says all the refusal would: 校验结果 would only repeat it.
    if (offer) results.hidden = true;
    replace(status, offer ?? messageBar('error', errorText(error)));
  };

  const validate = async () => {
    if (!file) return void replace(status, messageBar('warning', '请先选择文件。'));
    replace(status, spinner('tiny', '正在校验'));
    try {
      showReport((await ok<{ report: Report }>(ctx.api.api.validate.$post(ledgerForm(form())))).report);
      replace(status);
    } catch (error) { failed(error); }
  };

  const submit = async () => {
    if (!file) return void replace(status, messageBar('warning', '请先选择文件。'));
    replace(status, h('div', { class: 'progress-label' }, '正在上传并报送…'), progressBar(null, '正在上传并报送'));
    try {
      const result = await ok<SubmitResult>(ctx.api.api.submissions.$post(ledgerForm(form())));
      showReport(result.report);
      replace(status, submitOutcome(result));
      // The picker keeps the ledger just sent; the card shows its new state.
      owed.refresh();
    } catch (error) { failed(error); }
  };

  // A result belongs to the period and ledger it was checked against: another choice checks the file again.
  const slotChanged = () => {
    report = null;
    results.hidden = true;
    render();
    gate();
    if (file) void validate();
    else replace(status);
  };

  const render = () =>
    replace(root,
      owed.el,
      section('校验与报送',
        slotPicker(ctx, true, slotChanged),
        h('label', { class: 'file-pick' }, input, h('b', null, '选择文件'), chosen),
        h('div', { class: 'row' }, validateButton, submitButton),
        gateHint,
        status,
      ),
      results,
      templateDownloads(ctx),
    );
  render();
  gate();
  // The default ledger is the first one still owed; a file already chosen keeps the ledger it is being checked against.
  owed.list.then((list) => { if (!file && noteOwed(ctx, list)) render(); }, () => undefined);
  return root;
}
