import { describe, expect, it } from 'vitest';
import type { Report } from '../../../addin/src/api/client.ts';
import { submitGate } from '../../../addin/src/pane/submit-gate.ts';

const report = (errors: number, template = true): Report => ({
  valid: errors === 0,
  template: template ? { id: 'pledge-ledger', name: '承诺践诺台账', version: 1, detectedBy: 'identity' } : null,
  stats: { rowsRead: 10, rowsValid: 10 - errors, rowsWithErrors: errors, rowsSkipped: 0, errors, warnings: 1 },
  skipped: [], issues: [], truncated: 0,
});

describe('submitGate', () => {
  it('offers 报送 only after a check without errors, and says why not otherwise', () => {
    expect(submitGate(null)).toEqual({ enabled: false, reason: '请先校验，通过后才能报送。' });
    expect(submitGate(report(3))).toEqual({ enabled: false, reason: '还有 3 个错误，改正后重新校验才能报送。' });
    // The refusal (and any offer to switch ledgers) is shown below the buttons.
    expect(submitGate(report(0, false))).toEqual({ enabled: false, reason: '这个文件不是可报送的台账，请按下面的提示处理。' });
    expect(submitGate(report(0))).toEqual({ enabled: true, reason: null });
  });
});
