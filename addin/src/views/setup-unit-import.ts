import { UNIT_LIST_COLUMNS } from '../../../templates/units/unit-list-columns.ts';
import { ApiError, fetchFile, ok } from '../api/client.ts';
import type { AppContext } from '../app-context.ts';
import { issueRows } from '../pane/issue-groups.ts';
import { refusedReport } from '../pane/refused-report.ts';
import { newReviewers, reviewerNotice } from '../pane/new-reviewers.ts';
import type { UnitView } from '../pane/unit-form.ts';
import { importProblems, importRefusedHeadline } from '../pane/unit-import.ts';
import { button, h, messageBar, replace, section, spinner } from '../ui/dom.ts';
import { errorText } from '../ui/errors.ts';
import { saveFile } from '../ui/save-file.ts';

const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PICK_TEXT = '点击选择填好的单位名单（.xlsx）';

/**
 * 导入单位名单: the template to fill, the file, and every problem of a refused
 * list at its cell. `shown` is the unit list on screen and `onImported` loads
 * it again, so the result can name the units the import made reviewers.
 */
export function unitImportCard(
  ctx: AppContext, shown: () => readonly UnitView[], onImported: () => Promise<readonly UnitView[] | null>,
): HTMLElement {
  let file: File | null = null;
  const status = h('div', { 'data-test': 'import-status' });
  const input = h('input', { type: 'file', accept: XLSX_ACCEPT, 'data-test': 'units-file' });
  const chosen = h('span', { class: 'hint' }, PICK_TEXT);
  input.addEventListener('change', () => {
    file = input.files?.[0] ?? null;
    chosen.textContent = file ? `已选择：${file.name}（${Math.ceil(file.size / 1024)} KB）` : PICK_TEXT;
    replace(status);
  });

  const template = async () => {
    try {
      const got = await fetchFile(ctx.settings.server, ctx.settings.token, '/api/admin/units/template.xlsx');
      saveFile(got.bytes, got.fileName);
      replace(status, messageBar('success', `已下载 ${got.fileName}：每行一个单位，填好后在上面选择并导入。`, 'template-result'));
    } catch (error) { replace(status, messageBar('error', errorText(error))); }
  };

  const refused = (error: unknown) => {
    const report = refusedReport(error);
    const problems = report ? issueRows(report.issues).map((r) => ({ sheet: r.sheet, cell: r.cell, message: r.message })) : importProblems(error);
    // The headline only counts: the table below lists every problem once.
    replace(status, messageBar('error', problems.length > 0 && !report ? importRefusedHeadline(problems.length) : errorText(error), 'import-result'),
      problems.length === 0 ? null : h('table', { class: 'grid', 'data-test': 'import-problems' },
        h('thead', null, h('tr', null, h('th', null, '工作表'), h('th', null, '单元格'), h('th', null, '问题'))),
        h('tbody', null, ...problems.map((p) => h('tr', null, h('td', null, p.sheet), h('td', { class: 'mono' }, p.cell), h('td', null, p.message))))));
  };

  const upload = async () => {
    if (!file) return void replace(status, messageBar('warning', '请先选择填好的单位名单。', 'import-result'));
    replace(status, spinner('tiny', '正在导入'));
    const before = shown();
    try {
      const r = await ok<{ imported: number; created: number; updated: number }>(ctx.api.api.admin.units.import.$post({ form: { file } }));
      const after = await onImported() ?? before;
      const reviewers = newReviewers(before, after).map((code) => after.find((u) => u.code === code)!.name);
      replace(status, messageBar('success', `已导入 ${r.imported} 个单位：新增 ${r.created} 个，更新 ${r.updated} 个。`, 'import-result'),
        reviewers.length === 0 ? null : messageBar('info', reviewerNotice(reviewers, 'import'), 'import-reviewers'));
    } catch (error) {
      if (error instanceof ApiError) refused(error);
      else replace(status, messageBar('error', errorText(error), 'import-result'));
    }
  };

  return section('导入单位名单',
    h('p', { class: 'hint' }, `按单位编码新增或更新；名单中有任何问题时一个单位也不导入，问题逐格列在下面。列：${UNIT_LIST_COLUMNS.map((c) => c.header).join('、')}。`),
    h('label', { class: 'file-pick' }, input, h('b', null, '选择文件'), chosen),
    h('div', { class: 'row' }, button('导入', upload, 'primary', 'import-units'), button('下载单位名单模板', template, 'outline', 'units-template')),
    status);
}
