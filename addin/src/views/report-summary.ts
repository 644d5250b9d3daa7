import type { Report, SubmitResult } from '../api/client.ts';
import { h, messageBar } from '../ui/dom.ts';

/** One line that says whether the ledger passes, and the counts behind it. */
export function reportSummary(r: Report): HTMLElement {
  const name = r.template ? `“${r.template.name}”` : '';
  const counts = `读取 ${r.stats.rowsRead} 行，有效 ${r.stats.rowsValid} 行；错误 ${r.stats.errors} 个，提醒 ${r.stats.warnings} 个${r.truncated > 0 ? `（另有 ${r.truncated} 个未列出）` : ''}。`;
  if (r.stats.errors > 0) return messageBar('error', `${name}未通过校验：${counts}请按下列提示修改后重新校验。`, 'report-summary');
  if (r.stats.warnings > 0) return messageBar('warning', `${name}可以报送，但有需要核对的地方：${counts}`, 'report-summary');
  return messageBar('success', `${name}校验通过：${counts}`, 'report-summary');
}

export function submitOutcome(result: SubmitResult): HTMLElement {
  const s = result.submission;
  const late = s.late ? '（逾期报送）' : '';
  if (s.duplicateOf !== null) {
    const state = s.status === 'rejected' ? '该版未通过校验，' : s.status === 'returned' ? '该版已被退回，' : '';
    return messageBar(s.status === 'rejected' || s.status === 'returned' ? 'warning' : 'info',
      `与第 ${s.duplicateOf} 版相同，未重复保存。${state}${state ? '请修改后再报送。' : '机关党委看到的就是这一版。'}`, 'submit-result');
  }
  if (s.status === 'rejected') return messageBar('error', `第 ${s.version} 版已保存但未通过校验，不计入汇总。请按校验结果修改后重新报送。`, 'submit-result');
  // 逐级审核: sent, but it counts only once a level above approves it.
  if (s.review === 'pending') return messageBar('success', `已报送第 ${s.version} 版${late}，等待上级审核；审核通过后计入汇总。${s.status === 'accepted_with_warnings' ? '有提醒事项请留意。' : ''}`, 'submit-result');
  if (s.status === 'accepted_with_warnings') return messageBar('warning', `已报送第 ${s.version} 版${late}，有提醒事项请留意。`, 'submit-result');
  return messageBar('success', `已报送第 ${s.version} 版${late}，机关党委可以看到了。`, 'submit-result');
}
