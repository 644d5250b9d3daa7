import type { Issue } from '../model/issue.ts';

type P = NonNullable<Issue['params']>;

const q = (v: unknown) => `“${v ?? ''}”`;
const list = (v: Issue['expected']) => (Array.isArray(v) ? v.join('、') : String(v ?? ''));
const mb = (bytes: unknown) => `${Math.round((Number(bytes) / 1048576) * 10) / 10} MB`;
const pct = (v: unknown) => (typeof v === 'number' ? `${Math.round(v * 1000) / 10}%` : String(v ?? ''));
const shown = (v: Issue['value']) => (v === undefined || v === null ? '' : String(v));

const DETECTED: Record<string, string> = {
  pdf: '（看起来是 PDF 文件）',
  csv: '（看起来是 CSV 文本，请用 Excel 打开后另存为 .xlsx）',
  text: '（看起来是文本文件）',
  image: '（看起来是图片）',
  html: '（看起来是网页文件，可能是从网页“导出”的伪 Excel，请用 Excel 打开后另存为 .xlsx）',
};
const KIND: Record<string, string> = { docx: '（这是 Word 文档）', pptx: '（这是 PowerPoint 演示文稿）' };

/** What is wrong and how to fix it, in Chinese, from the issue's data alone. */
export function issueMessage(issue: Issue): string {
  const p: P = issue.params ?? {};
  const v = shown(issue.value);
  switch (issue.code) {
    case 'file/empty':
      return '文件是空的（0 字节），请重新选择填好的 .xlsx 文件。';
    case 'file/not-spreadsheet':
      return `这不是 Excel 工作簿${DETECTED[String(p.detected)] ?? ''}，请上传用标准模板填写的 .xlsx 文件。`;
    case 'file/legacy-xls':
      return '这是旧版 Excel（.xls）文件，请在 Excel 或 WPS 中“另存为”.xlsx 格式后上传。';
    case 'file/encrypted':
      return '工作簿设置了打开密码，无法读取。请在 Excel 中“文件 → 信息 → 保护工作簿 → 用密码进行加密”清空密码并保存后重新上传。';
    case 'file/no-workbook':
      return `文件里没有 Excel 工作簿${KIND[String(p.kind)] ?? ''}，请上传 .xlsx 文件。`;
    case 'file/corrupt':
      return '文件已损坏或不完整，无法读取。请在 Excel 中打开确认内容后重新保存，再上传。';
    case 'file/too-large':
      if (p.measure === 'grid')
        return `文件中的表格内容过多（读入后约超过 ${mb(p.limit)}），已拒绝。请删除多余的行、列、工作表和与台账无关的大段文字，或分成几个文件上传。`;
      if (p.measure === 'uncompressed' || p.measure === 'part')
        return `文件解压后的内容过大（超过 ${mb(p.limit)}），已拒绝。请在 Excel 中打开后删除多余的工作表、空行和格式，另存为新的 .xlsx 后上传。`;
      return `文件过大（超过 ${mb(p.limit)}），已拒绝。请删除多余的工作表、图片和空行后重试。`;
    case 'file/too-many-rows':
      return `工作表${q(p.sheet)}超过 ${p.limit} 行，已拒绝。请删除多余的空行或拆分后上传。`;
    case 'file/too-many-cells':
      return `工作簿的单元格超过 ${p.limit} 个，已拒绝。请删除多余的行、列或工作表后上传。`;
    case 'file/too-many-merges':
      return `${p.rows ? `工作表${q(p.sheet)}前 ${p.rows} 行` : '工作簿'}的合并单元格超过 ${p.limit} 处，已拒绝。请选中多余的合并区域，在“开始”选项卡点击“合并后居中”取消合并，只保留标题和表头的合并后再上传。`;
    case 'file/cell-too-long':
      return `这个单元格的内容远超 Excel 每格最多 ${p.limit} 个字符的上限，不是正常填写的台账，已拒绝整个文件。请在 Excel 中打开该单元格，删去多余内容（长篇材料请另附文件）后保存再上传。`;
    case 'file/doctype':
      return '文件含有不允许的 XML 声明（DOCTYPE/ENTITY），为安全起见已拒绝。请在 Excel 中另存为新的 .xlsx 后上传。';
    case 'file/internal-error':
      return '校验此文件时出现内部错误，文件未能完成校验，不是您填写的问题。请将文件发给机关党委，请他们联系系统管理员处理。';
    case 'template/unknown':
      return p.template
        ? `未识别出标准模板。如果这是${q(p.template)}，表头应包含：${list(issue.expected)}。请使用台账通下载的标准模板填写。`
        : `未识别出标准模板，请使用台账通下载的标准模板填写（${list(issue.expected)}）。`;
    case 'template/mismatch':
      return `这是${q(p.detected)}，不是本次要报送的${q(p.expectedName)}。请选择正确的文件，或在${q(p.detected)}的报送入口上传。`;
    case 'template/version':
      return `文件使用的模板版本为 v${p.fileVersion}，当前版本为 v${p.version}，建议下载最新模板填写。`;
    case 'header/missing':
      return `缺少必填列${q(issue.column?.header)}，请在表头行（第 ${issue.row} 行）补上该列${Array.isArray(issue.expected) ? `（也可写作：${issue.expected.slice(1).join('、')}）` : ''}。`;
    case 'header/duplicate':
      return `${q(issue.column?.header)}列出现了两次（另见 ${p.firstCell}），本列已忽略，请删除重复的列。`;
    case 'header/extra':
      return `表头${q(v)}不是${q(p.template)}的列，该列内容不参与校验和汇总；如是补充说明，请写入“备注”列。`;
    case 'info/missing':
      return `基本信息${q(issue.column?.header)}未填写，请补充。`;
    case 'info/invalid':
      return `基本信息${q(issue.column?.header)}无法识别${q(v)}，请填写如 ${list(issue.expected)}。`;
    case 'info/unit-mismatch':
      return `文件的单位编码为${q(v)}，不是报送单位${q(p.unitName)}（${p.unitCode}）。请确认没有选错文件；如文件无误，请把单位编码改为“${p.unitCode}”。`;
    case 'info/period-mismatch':
      return `文件的报送期次为${q(p.fileLabel ?? v)}，不是本次报送的${q(p.label)}。请确认没有选错文件；如文件无误，请把报送期次改为“${p.period}”。`;
    case 'info/nil-ignored':
      return `基本信息声明了${q(p.label)}，但表中有 ${p.rows} 行数据，声明已忽略，按数据行校验和汇总。确无此类事项的请删除数据行，否则请清除该声明。`;
    case 'info/future-date':
      return `填报日期 ${v} 晚于今天（${p.today}），已按今天判断逾期和完成日期，请更正填报日期。`;
    case 'cell/required':
      return '必填项为空，请填写。';
    case 'cell/integer':
      return `${q(v)}不是整数，请填写整数，如 12。`;
    case 'cell/number':
      return `${q(v)}不是数字，请填写数字。`;
    case 'cell/date':
      // A real date form with a day the month lacks: say so, rather than suggest the form is wrong.
      if (typeof p.month === 'number' && typeof p.day === 'number') return `${q(v)}不是存在的日期：${p.month}月没有${p.day}日，请核对后填写。`;
      return `无法识别${q(v)}，请填写日期，如 ${list(issue.expected) || '2026-07-15'}。`;
    case 'cell/enum':
      return `${q(v)}不是可选值，请从下拉列表中选择：${list(issue.expected)}。`;
    case 'cell/percent':
      return `无法识别${q(v)}，请填写百分比，如 95% 或 0.95。`;
    case 'cell/min':
      return `${q(v)}小于最小值 ${list(issue.expected)}，请核对。`;
    case 'cell/max':
      return `${q(v)}超过最大值 ${list(issue.expected)}，请核对。`;
    case 'cell/too-long':
      return `内容超过 ${list(issue.expected)} 个字，请精简。`;
    case 'cell/formula-error':
      return `公式计算出错（${v}），请检查公式或直接填写数值。`;
    case 'row/required-when':
      return p.condition ? `${p.condition}时，此项必须填写。` : `${q(p.other)}为${q(p.otherValue)}时，此项必须填写。`;
    case 'row/forbidden-when':
      return `只有${q(p.other)}为${q(p.allowed)}时才能填写此项（当前为${q(p.otherValue)}），请清空或更正。`;
    case 'row/date-order':
      return `日期早于${q(p.other)}（${p.otherValue}），请检查先后顺序。`;
    case 'row/date-after-report':
      return `日期晚于填报日期 ${p.reportDate}，请填写实际发生的日期。`;
    case 'row/date-outside-period':
      return `日期不在报送期次 ${p.period}（${p.start} 至 ${p.end}）之内，请核对。`;
    case 'row/sum-mismatch':
      return `${p.parts} 合计为 ${p.sum}，与${q(p.totalHeader)} ${p.total} 不一致，请核对。`;
    case 'row/not-greater':
      return `不能大于${q(p.other)}（${p.otherValue}），请核对。`;
    case 'row/rate-mismatch':
      return `填写的满意率 ${typeof issue.value === 'number' ? pct(issue.value) : v} 与按人数计算的 ${pct(p.computed ?? issue.expected)} 不一致（允许误差 ±${p.tolerance ?? '0.5'} 个百分点），请核对，或清空由系统计算。`;
    case 'row/not-measurable':
      return '承诺事项里没有数量或可考核的目标，建议写明具体数量、时限或标准，如“办结群众来信30件”。';
    case 'row/grade-mismatch':
      return `自评等次${q(v)}与总分 ${p.score ?? ''} 对应的等次${q(list(issue.expected))}不一致，请核对。`;
    case 'row/total-mismatch':
      return `总分应为各项得分之和 ${list(issue.expected)}，请核对。`;
    case 'sheet/no-rows':
      return p.nilLabel
        ? `表中没有数据行，空表不能作为报送。请在表头下方逐行填写；如本期确无此类事项，请在基本信息${q(p.nilLabel)}右侧填写“是”。`
        : '表中没有数据行，空表不能作为报送。请在表头下方逐行填写后再报送。';
    case 'sheet/duplicate-row':
      return `与第 ${p.firstRow} 行重复，请删除重复的记录。`;
    case 'sheet/coverage':
      return p.member
        ? `党员${q(p.member)}${p.branch ? `（${p.branch}）` : ''}还没有${p.missing ?? '记录'}，请补充。`
        : `党支部${q(p.branch)}还没有${p.missing ?? '记录'}，请补充。`;
    case 'sheet/too-few':
      return `本期“${p.value}”记录了 ${p.count} 次，少于应有的 ${p.min} 次，请核对是否漏记。`;
    case 'sheet/unknown-branch':
      return `${q(v)}不是本单位的党支部，请核对支部名称${issue.expected ? `（本单位党支部：${list(issue.expected)}）` : ''}。`;
  }
}

/** Where the issue is, as a person would say it: 文件 工作表 单元格 列名. */
export function issueLocation(issue: Issue): string {
  const parts: string[] = [];
  if (issue.file) parts.push(issue.file);
  if (issue.sheet) parts.push(`工作表“${issue.sheet}”`);
  if (issue.cell) parts.push(issue.cell);
  else if (issue.row !== undefined) parts.push(`第 ${issue.row} 行`);
  if (issue.column) parts.push(issue.column.header);
  return parts.join(' ');
}

/** One line per issue: 「承诺践诺台账」F7 完成时限：无法识别“下个月”，请填写日期，如 2026-07-15。 */
export function renderIssue(issue: Issue): string {
  const where = issueLocation(issue);
  return where ? `${where}：${issueMessage(issue)}` : issueMessage(issue);
}

export const severityLabel = (s: Issue['severity']) => (s === 'error' ? '错误' : '提醒');
