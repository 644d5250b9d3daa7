import { describe, expect, it } from 'vitest';
import { reviewChangeText, reviewedText } from '../../../addin/src/pane/review-settings.ts';

const LEDGERS = [{ id: 'pledge-ledger', name: '承诺践诺台账' }, { id: 'mass-evaluation', name: '群众评议情况统计表' }, { id: 'branch-grading', name: '基层党组织分类定级自评表' }];

describe('逐级审核 settings, said to the office', () => {
  it('lists what is reviewed in the catalog\'s order', () => {
    expect(reviewedText(['branch-grading', 'pledge-ledger'], LEDGERS)).toBe('须逐级审核：承诺践诺台账、基层党组织分类定级自评表。');
    expect(reviewedText([], LEDGERS)).toBe('目前没有台账须逐级审核：各单位报送后直接计入汇总。');
  });

  it('says what saving changed and what it does to versions already sent', () => {
    expect(reviewChangeText([], ['pledge-ledger'], LEDGERS)).toBe('承诺践诺台账今后报送的版本须经上级审核通过后计入汇总。');
    expect(reviewChangeText(['pledge-ledger', 'mass-evaluation'], ['mass-evaluation', 'branch-grading'], LEDGERS))
      .toBe('基层党组织分类定级自评表今后报送的版本须经上级审核通过后计入汇总；承诺践诺台账不再审核，待审核的版本已计入汇总。');
    expect(reviewChangeText(['pledge-ledger'], ['pledge-ledger'], LEDGERS)).toBe('没有修改。');
  });
});
