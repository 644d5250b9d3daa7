import { describe, expect, it } from 'vitest';
import { ledgerSwitch } from '../../../addin/src/pane/ledger-switch.ts';

const PERIOD = [{ value: 'pledge-ledger', text: '承诺践诺台账' }, { value: 'mass-evaluation', text: '群众评议情况统计表' }];
const mismatch = (detectedId: string) => ({
  issues: [{ code: 'template/mismatch', params: { detected: '承诺践诺台账', detectedId, expectedName: '群众评议情况统计表', expectedId: 'mass-evaluation' } }],
});

describe('offering to switch to the ledger the file is', () => {
  it('names the ledger the file was recognised as, when the period asks for it', () => {
    expect(ledgerSwitch(mismatch('pledge-ledger'), PERIOD)).toEqual({ templateId: 'pledge-ledger', name: '承诺践诺台账', label: '切换到《承诺践诺台账》并重新校验' });
  });

  it('offers nothing for a ledger the period does not ask for, or for any other refusal', () => {
    expect(ledgerSwitch(mismatch('golden-ideas'), PERIOD)).toBeNull();
    expect(ledgerSwitch({ issues: [{ code: 'template/unknown', params: { template: '承诺践诺台账' } }] }, PERIOD)).toBeNull();
    expect(ledgerSwitch({ issues: [{ code: 'template/mismatch' }] }, PERIOD)).toBeNull();
    expect(ledgerSwitch(null, PERIOD)).toBeNull();
  });
});
