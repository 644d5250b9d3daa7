import { describe, expect, it } from 'vitest';
import { pledgeLedger } from '../../templates/catalog/index.ts';
import { consolidateFiles } from '../../templates/consolidate-files.ts';
import { periodRange } from '../../templates/model/period.ts';
import { writeBlankTemplate } from '../../templates/xlsx/write-template.ts';
import { fillPledgeWorkbook, type PledgeRow } from '../fixtures/pledge-ledger.ts';

// 张三 due 07-12, 推进中: not overdue on a ledger sent 07-10; 李四 due 07-01: overdue on that day.
const ROWS: PledgeRow[] = [
  ['党员', '张三', '第一党支部', '服务承诺', '办结来信30件', '每周处理', '2026-07-12', '推进中', '', ''],
  ['党员', '李四', '第一党支部', '服务承诺', '走访10户', '走访', '2026-07-01', '推进中', '', ''],
];

describe('consolidate judges overdue on each file\'s own date', () => {
  it('uses the file\'s date when 填报日期 is missing, so a later run gives the same figures', async () => {
    // No 填报日期 in the file: the e-mailed file was saved (sent) on 07-10.
    const bytes = await fillPledgeWorkbook(await writeBlankTemplate(pledgeLedger, { rows: 10 }), ROWS, { code: 'A', name: '甲党支部' }, '');
    const run = (today: string) => consolidateFiles([{ name: '甲.xlsx', bytes, modified: '2026-07-10' }], { period: periodRange('2026H1')!, today, due: '2026-07-15' });
    const july = run('2026-07-11').summary!;
    const december = run('2026-12-20').summary!;
    expect(july.pledges.total.overdue).toBe(1);
    expect(july.overduePledges.items.map((p) => p.pledger)).toEqual(['李四']);
    const { generatedOn: _a, ...a } = july;
    const { generatedOn: _b, ...b } = december;
    expect(b).toEqual(a);
  });
});
