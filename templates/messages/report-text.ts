import type { Report, SkipReason } from '../model/issue.ts';
import { renderIssue, severityLabel } from './zh.ts';

const SKIP_LABEL: Record<SkipReason, string> = {
  blank: '空行', total: '合计行', signature: '签名行', note: '说明行', 'header-repeat': '重复表头',
};
const DETECTED_BY = { identity: '按模板标识识别', headers: '按表头识别', expected: '按指定模板' } as const;

/** A report as plain Chinese text, for the command line and e-mail. */
export function renderReport(report: Report): string {
  const lines: string[] = [`文件：${report.file ?? '（当前工作簿）'}`];
  if (report.template) {
    lines.push(`  模板：${report.template.name} v${report.template.version}（${DETECTED_BY[report.template.detectedBy]}），工作表“${report.sheet}”，表头在第 ${report.headerRow} 行`);
    const s = report.stats;
    const skipped = countBy(report.skipped.map((k) => k.reason));
    const detail = Object.entries(skipped).map(([r, n]) => `${SKIP_LABEL[r as SkipReason]} ${n}`).join('、');
    lines.push(`  行数：读取 ${s.rowsRead} = 有效 ${s.rowsValid} + 有错误 ${s.rowsWithErrors} + 跳过 ${s.rowsSkipped}${detail ? `（${detail}）` : ''}`);
  }
  if (report.nilReturn) lines.push('  本期无此事项（基本信息已声明，表中无数据行）');
  lines.push(`  错误 ${report.stats.errors} 个，提醒 ${report.stats.warnings} 个`);
  for (const issue of report.issues) lines.push(`  [${severityLabel(issue.severity)}] ${renderIssue({ ...issue, file: undefined })}`);
  if (report.truncated > 0) lines.push(`  ……另有 ${report.truncated} 个问题未列出`);
  lines.push(`  结论：${report.template === null ? '已拒收' : report.valid ? '通过校验' : '未通过校验，请按上面的提示修改后重新提交'}`);
  return lines.join('\n');
}

function countBy(items: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[i] = (out[i] ?? 0) + 1;
  return out;
}
