import { describe, expect, it } from 'vitest';
import { demonstrationAction, pledgeLedger } from '../../../templates/catalog/index.ts';
import { threeMeetingsOneLesson } from '../../../templates/catalog/three-meetings-one-lesson.ts';
import { createSummaryBuilder, summarySchema } from '../../../templates/summary/index.ts';
import { summarySheets } from '../../../templates/summary/sheets/index.ts';
import { period, pledge, REPORT_DATE, rows, sub, units } from './fixtures.ts';

const demo = (kind: string, status: string, name: string) => ({ kind, name, department: '办公室', leader: '张三', appliedOn: '2026-05-01', status });

/** A period asking for 承诺践诺台账, 示范行动台账 and 三会一课: only B1's pledges and B2's demonstrations arrive. */
function partly(withDemonstration: boolean) {
  const b = createSummaryBuilder({ period, units, templates: [pledgeLedger, demonstrationAction, threeMeetingsOneLesson], generatedOn: REPORT_DATE });
  b.add(sub('B1', 'pledge-ledger'), rows(pledgeLedger, [pledge('党员', '张三', '服务承诺', '已完成', '2026-06-30')]));
  if (withDemonstration) b.add(sub('B2', 'demonstration-action'), rows(demonstrationAction, [demo('示范岗', '已命名', '岗一')]));
  b.add(sub('D2', 'demonstration-action', { status: 'returned' }), []);
  return b.finish();
}

const column = (sheet: { columns: { header: string }[]; rows: { values: unknown[] }[] }, header: string) => {
  const i = sheet.columns.findIndex((c) => c.header === header);
  return sheet.rows.map((r) => [r.values[0], r.values[i]]);
};

describe('a ledger with nothing counted', () => {
  it('says per line how many counted submissions it sums, and judges nothing where there are none', () => {
    const s = partly(true);
    const at = (kind: string, code: string) => s.rows.findIndex((r) => r.kind === kind && r.unitCode === code);
    expect(s.rows.map((r) => [r.kind, r.unitCode])).toEqual([['subtotal', 'W'], ['subtotal', 'D1'], ['unit', 'B1'], ['unit', 'B2'], ['unit', 'D2']]);
    expect(s.demonstration.counted).toEqual({ rows: [1, 1, 0, 1, 0], total: 1 });
    expect(s.pledges.counted).toEqual({ rows: [1, 1, 1, 0, 0], total: 1 });
    // D2's ledger was returned: not counted, so no judgement either way.
    expect(s.demonstration.rows[at('unit', 'D2')]!.posts).toEqual({ named: 0, required: 3, met: null });
    expect(s.demonstration.rows[at('unit', 'B2')]!.posts).toEqual({ named: 1, required: 3, met: false });
    expect(s.meetings.counted.total).toBe(0);
    expect(s.meetings.total.requirement).toBe('无数据');
    expect(summarySchema.parse(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it('shows 无数据 in the judgement cells of lines without data, with a note, and charts only what has data', () => {
    const sheets = summarySheets(partly(true));
    // Only the period's ledgers get sheets: no 群众评议汇总, 金点子汇总 … here.
    expect(sheets.map((x) => x.name)).toEqual(['报送情况', '报送进度', '承诺践诺汇总', '逾期承诺清单', '示范行动汇总', '三会一课汇总']);
    const demoSheet = sheets.find((x) => x.name === '示范行动汇总')!;
    const judged = demoSheet.columns.flatMap((c, i) => (c.header === '是否达标' ? [i] : []));
    expect(demoSheet.rows.map((r) => [r.values[0], ...judged.map((i) => r.values[i])])).toEqual([
      ['市直工委（小计）', '未达标', '未达标'], ['部门一（小计）', '未达标', '未达标'], ['支部一', '无数据', '无数据'],
      ['支部二', '未达标', '未达标'], ['部门二', '无数据', '无数据'], ['合计', '未达标', '未达标'],
    ]);
    expect(demoSheet.notes[0]).toBe('“无数据”：该行单位本期没有计入汇总的台账（未报送，或报送后已退回、已拒收），不作判断。');
    const meetings = sheets.find((x) => x.name === '三会一课汇总')!;
    expect(column(meetings, '未达到次数要求').map(([, v]) => v)).toEqual(['无数据', '无数据', '无数据', '无数据', '无数据', '无数据']);
    expect(meetings.notes[0]).toBe('本期没有计入汇总的三会一课记录台账（未报送，或报送后已退回、已拒收）：表中数字为 0 或空，不作达标判断。');
    expect(meetings.charts).toEqual([]);
    expect(sheets.find((x) => x.name === '承诺践诺汇总')!.charts.map((c) => c.title)).toEqual(['各单位承诺完成率']);
  });

  it('never says 达标 or 未达标 for an assigned ledger nobody has sent, in cells or notes', () => {
    const demoSheet = summarySheets(partly(false)).find((x) => x.name === '示范行动汇总')!;
    const words = [...demoSheet.rows.flatMap((r) => r.values), ...demoSheet.notes].filter((v): v is string => typeof v === 'string');
    expect(words.filter((w) => w.includes('达标') && !w.includes('不作达标判断'))).toEqual([]);
    expect(demoSheet.notes).toContain('示范单位：已命名 0 个，应不少于报送单位数（3）的10%即 1 个 —— 无数据。');
    expect(demoSheet.charts).toEqual([]);
  });
});
