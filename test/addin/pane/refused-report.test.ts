import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../addin/src/api/client.ts';
import { refusedReport } from '../../../addin/src/pane/refused-report.ts';

describe('refusedReport', () => {
  const report = { templateId: null, issues: [{ code: 'ledger/unknown-template', severity: 'error' }] };

  it('returns the report a 422 refusal carries in details', () => {
    expect(refusedReport(new ApiError(422, 'ledger/unknown-template', '无法识别台账', report))).toBe(report);
  });

  it('returns null for other failures and for details without issues', () => {
    expect(refusedReport(new ApiError(400, 'bad-request', '请求有误', report))).toBeNull();
    expect(refusedReport(new ApiError(422, 'units/invalid', '单位名单有问题', [{ message: 'x' }]))).toBeNull();
    expect(refusedReport(new ApiError(422, 'x', 'y', { issues: 'no' }))).toBeNull();
    expect(refusedReport(new Error('boom'))).toBeNull();
  });
});
