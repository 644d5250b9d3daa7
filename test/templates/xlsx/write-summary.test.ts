import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pledgeLedger } from '../../../templates/catalog/index.ts';
import { createSummaryBuilder, type DetailRow } from '../../../templates/summary/index.ts';
import { writeSummaryWorkbook } from '../../../templates/xlsx/write-summary.ts';
import { build, expectedDetailSheets, expectedSummarySheets, period, pledge, REPORT_DATE, rows, sub, templates } from '../summary/fixtures.ts';

const GENERATED = new Date('2026-07-21T02:30:00Z');

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

/** Sheet name → its worksheet XML, through workbook.xml and its relationships. */
function sheetXml(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  const workbook = strFromU8(files['xl/workbook.xml']!);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']!);
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels)?.[1];
    out.set(m[1]!, strFromU8(files[`xl/${target!.replace(/^\/?xl\//, '')}`]!));
  }
  return out;
}

const rowOf = (ws: ExcelJS.Worksheet, label: string): ExcelJS.Row => {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((r) => void (r.getCell(1).value === label && !found && (found = r)));
  if (!found) throw new Error(`no row ${label} in ${ws.name}`);
  return found;
};

describe('writeSummaryWorkbook', async () => {
  const summary = build();
  const details: DetailRow[] = rows(pledgeLedger, [pledge('党员', '张三', '服务承诺', '已完成', '2026-06-30')]).map((row) => ({
    unitCode: 'B1', unitName: '支部一', templateId: 'pledge-ledger', row,
  }));
  const bytes = await writeSummaryWorkbook(summary, details, { generatedAt: GENERATED });
  const wb = await load(bytes);

  it('writes every DOMAIN §4 sheet the catalog asks for, in order, then one 明细 sheet per ledger', () => {
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 4)).toEqual(['报送情况', '报送进度', '承诺践诺汇总', '逾期承诺清单']);
    expect(names).toEqual([...expectedSummarySheets(), ...expectedDetailSheets(templates)]);
  });

  it('titles each sheet with the period and the times, freezes the header and filters it', () => {
    const ws = wb.getWorksheet('承诺践诺汇总')!;
    expect(ws.getCell('A1').value).toBe('2026年上半年承诺践诺汇总');
    expect(ws.getCell('A2').value).toBe('报送期次：2026年上半年（2026-01-01 至 2026-06-30）　生成时间：2026-07-21 10:30');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 4 });
    expect(ws.getRow(4).getCell(3).value).toBe('党员总数');
    expect(ws.autoFilter).toBe('A4:P11');
  });

  it('writes the figures with subtotals bold and indented by depth, and a total row', () => {
    const ws = wb.getWorksheet('承诺践诺汇总')!;
    const b1 = rowOf(ws, '支部一');
    expect([b1.getCell(2).value, b1.getCell(3).value, b1.getCell(4).value, b1.getCell(13).value, b1.getCell(14).value]).toEqual(['B1', 10, 3, 2, 1 / 3]);
    expect(b1.getCell(14).numFmt).toBe('0.0%');
    expect(b1.getCell(1).alignment?.indent).toBe(2);
    const d1 = rowOf(ws, '部门一（小计）');
    expect([d1.getCell(4).value, d1.getCell(13).value, d1.getCell(1).font?.bold]).toEqual([6, 3, true]);
    expect(rowOf(ws, '部门一（本级）').getCell(4).value).toBe(0);
    const total = rowOf(ws, '合计');
    expect([total.getCell(3).value, total.getCell(4).value, total.getCell(16).value]).toEqual([61, 6, 4 / 61]);
  });

  it('shows 报送情况 per template with state, time, version and what is left', () => {
    const ws = wb.getWorksheet('报送情况')!;
    expect(ws.getCell('C3').value).toBe('承诺践诺台账');
    const b2 = rowOf(ws, '支部二');
    expect([3, 4, 5, 6, 7].map((c) => b2.getCell(c).value)).toEqual(['逾期报送', '2026-07-18', 2, 0, 4]);
    expect(rowOf(ws, '部门二').getCell(3).value).toBe('已退回');
    expect(rowOf(ws, '部门二').getCell(23).value).toBe('未报送');
    expect(rowOf(ws, '部门一（小计）').getCell(3).value).toBe('已报2/2');
  });

  it('lists overdue pledges and checks demonstration quotas in words', () => {
    const list = wb.getWorksheet('逾期承诺清单')!;
    expect([4, 5, 6].map((r) => list.getRow(r).getCell(3).value)).toEqual(['张三', '第一党支部', '王五']);
    expect(rowOf(list, '共 3 条。')).toBeDefined();
    const demo = wb.getWorksheet('示范行动汇总')!;
    expect(rowOf(demo, '示范行业：已命名 1 个，应为 2—3 个 —— 未达标。')).toBeDefined();
    const b1 = rowOf(demo, '支部一');
    expect(b1.getCell(b1.cellCount).value).toBe('未达标');
  });

  it('adds data bars on rates and fills for 未报送, 逾期 and 未达标', () => {
    const xml = sheetXml(bytes);
    const has = (sheet: string, pattern: RegExp) => pattern.test(xml.get(sheet) ?? '');
    expect(has('承诺践诺汇总', /<conditionalFormatting sqref="N5:N11"><cfRule type="dataBar"/)).toBe(true);
    expect(has('群众评议汇总', /<cfRule type="dataBar"/)).toBe(true);
    expect(has('报送情况', /sqref="C5:C11"><cfRule type="expression"[^>]*><formula>NOT\(ISERROR\(SEARCH\(&quot;未报送&quot;,C5\)\)\)<\/formula>/)).toBe(true);
    expect(has('报送情况', /SEARCH\(&quot;逾期报送&quot;,C5\)/)).toBe(true);
    expect(has('示范行动汇总', /SEARCH\(&quot;未达标&quot;/)).toBe(true);
    expect(has('承诺践诺汇总', /sqref="M5:M11"><cfRule type="cellIs"[^>]*operator="greaterThan"><formula>0<\/formula>/)).toBe(true);
  });

  it('puts every valid row in 明细 with its unit, real dates and derived values', () => {
    const ws = wb.getWorksheet('明细-承诺践诺台账')!;
    expect(ws.getRow(1).values).toEqual([
      undefined, '单位编码', '单位名称', '原表行号', '序号', '承诺主体', '承诺单位或承诺人', '所在党支部', '承诺类别', '承诺事项', '践诺措施', '完成时限', '完成情况', '实际完成日期', '群众评价', '备注', '是否逾期',
    ]);
    const r = ws.getRow(2);
    expect([r.getCell(1).value, r.getCell(3).value, r.getCell(6).value, r.getCell(11).value, r.getCell(16).value]).toEqual(['B1', 5, '张三', new Date(Date.UTC(2026, 5, 30)), '否']);
    const index = wb.getWorksheet('明细')!;
    expect(index.getRow(4).values).toEqual([undefined, '明细-承诺践诺台账', '承诺践诺台账', 1]);
  });

  it('writes unit strings that look like formulas as text, never as formulas', async () => {
    const hostile = ['=HYPERLINK("http://x","点我")', '+1+2', '-3', '@SUM(A1)', '＝1＋1'];
    const b = createSummaryBuilder({
      period, generatedOn: REPORT_DATE, templates: [pledgeLedger],
      units: [{ code: '=A1', name: hostile[0]!, parent: null, members: 2, teams: 0, branches: 1 }],
    });
    const pledgeRows = rows(pledgeLedger, hostile.map((h) => ({ ...pledge('党员', h, '服务承诺', '推进中', '2026-06-30'), pledge: h, branch: h })));
    b.add(sub('=A1', 'pledge-ledger'), pledgeRows);
    const out = await writeSummaryWorkbook(b.finish(), pledgeRows.map((row) => ({ unitCode: '=A1', unitName: hostile[1]!, templateId: 'pledge-ledger', row })));
    const xml = sheetXml(out);
    for (const name of ['报送情况', '承诺践诺汇总', '逾期承诺清单', '明细-承诺践诺台账']) {
      expect(xml.get(name)).not.toMatch(/<f[ >]/);
      expect(xml.get(name)).toContain('t="inlineStr"');
    }
    const back = await load(out);
    const list = back.getWorksheet('逾期承诺清单')!;
    const text = (v: ExcelJS.CellValue) => (v && typeof v === 'object' && 'richText' in v ? v.richText.map((t) => t.text).join('') : v);
    expect([4, 5, 6, 7, 8].map((r) => text(list.getRow(r).getCell(3).value))).toEqual(hostile);
    expect(text(list.getRow(4).getCell(1).value)).toBe(hostile[0]);
    expect(text(back.getWorksheet('明细-承诺践诺台账')!.getCell('B2').value)).toBe('+1+2');
  });
});
