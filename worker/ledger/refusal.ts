import type { Report } from '../../templates/model/issue.ts';
import { issueMessage } from '../../templates/messages/zh.ts';
import { withMessages } from '../../templates/messages/with-messages.ts';
import { fail } from '../http/errors.ts';

/** A report without a template (unreadable file, unknown or wrong template) is refused with 422; the message is its first issue in Chinese. */
export function refuse(report: Report) {
  const first = report.issues[0];
  const code = first ? first.code : 'validation/refused';
  return fail(422, code, first ? issueMessage(first) : '文件未通过校验', withMessages(report));
}
