import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { captureCli } from './capture.ts';
import { main } from '../../templates/cli/consolidate.ts';
import { massEvaluation, pledgeLedger } from '../../templates/catalog/index.ts';
import type { TemplateDefinition } from '../../templates/model/definition.ts';
import { summarySchema, type Summary } from '../../templates/summary/index.ts';
import { infoCells, LAYOUT } from '../../templates/xlsx/sheet-layout.ts';
import { writeBlankTemplate } from '../../templates/xlsx/write-template.ts';
import { expectedDetailSheets, expectedSummarySheets } from '../templates/summary/fixtures.ts';

type Cell = string | number | null;

/** A standard template filled the way a unit would: 基本信息 and data rows typed into the generated workbook. */
async function filled(def: TemplateDefinition, info: { unitName?: string; unitCode?: string; fillDate: string }, rows: Cell[][]): Promise<Uint8Array> {
  const blank = await writeBlankTemplate(def, { ...(info.unitName ? { unitName: info.unitName } : {}), ...(info.unitCode ? { unitCode: info.unitCode } : {}), period: '2026H1', rows: 20 });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(blank.buffer as ArrayBuffer);
  const ws = wb.worksheets[LAYOUT.dataSheetIndex - 1]!;
  const at = infoCells('fillDate').value;
  ws.getCell(at.row, at.col).value = info.fillDate;
  rows.forEach((r, i) => r.forEach((v, c) => v !== null && (ws.getCell(LAYOUT.firstDataRow + i, c + 1).value = v)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

// 序号, 承诺主体, 承诺单位或承诺人, 所在党支部, 承诺类别, 承诺事项, 践诺措施, 完成时限, 完成情况, 实际完成日期, 群众评价, 备注
const pledge = (who: string, subject: string, status: string, deadline: string, done: string | null): Cell[] =>
  [1, subject, who, '第一党支部', '服务承诺', '办结群众来信20件', '每周集中办理', deadline, status, done, null, null];
// 评议对象, 对象类别, 所在党支部, 应参评, 实参评, 满意, 基本满意, 不满意, 弃权, 满意率, 意见, 整改措施
const rating = (who: string, type: string, s: number, b: number, d: number, participants = s + b + d): Cell[] =>
  [who, type, '第一党支部', participants, participants, s, b, d, 0, null, null, d > 0 ? '逐条整改' : null];

let dir: string;
let inbox: string;

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tzt-consolidate-'));
  inbox = join(dir, 'inbox');
  await (await import('node:fs/promises')).mkdir(inbox);
  const units = new ExcelJS.Workbook();
  units.addWorksheet('单位名单').addRows([
    ['单位编码', '单位名称', '上级单位编码', '党员总数', '内设团队数', '党支部数'],
    ['W', '市直工委', null, 0, 0, 0],
    ['D1', '市统计局', 'W', 0, 0, 0],
    ['B1', '市统计局第一支部', 'D1', 4, 2, 1],
    ['B2', '市统计局第二支部', 'D1', '５', 1, 1],
    ['D2', '市财政局', 'W', 12, 3, 2],
  ]);
  await writeFile(join(dir, 'units.xlsx'), new Uint8Array(await units.xlsx.writeBuffer()));

  const files: Record<string, Promise<Uint8Array>> = {
    'b1-pledge.xlsx': filled(pledgeLedger, { unitName: '市统计局第一支部', unitCode: 'B1', fillDate: '2026-07-10' }, [
      pledge('张三', '党员', '已完成', '2026-06-30', '2026-06-20'),
      pledge('=1+2', '党员', '推进中', '2026-06-30', null),
      [3, '党组织', '第一党支部', '第一党支部', '实事承诺', '帮扶困难户3户', '结对帮扶', '2026-06-30', '已完成', '2026-06-28', '满意', null],
    ]),
    'b2-pledge.xlsx': filled(pledgeLedger, { unitName: '市统计局第二支部', unitCode: 'B2', fillDate: '2026-07-20' }, [
      pledge('王五', '党员', '已完成', '2026-06-30', '2026-06-20'),
      pledge('赵六', '党员', '已完成', '2026-06-30', '2026-06-21'),
    ]),
    'b2-pledge-old.xlsx': filled(pledgeLedger, { unitName: '市统计局第二支部', unitCode: 'B2', fillDate: '2026-07-01' }, [
      pledge('王五', '党员', '推进中', '2026-12-31', null),
    ]),
    'b1-eval.xlsx': filled(massEvaluation, { unitName: '市统计局第一支部', unitCode: 'B1', fillDate: '2026-07-10' }, [
      rating('张三', '党员', 7, 2, 1),
      rating('第一党支部', '党组织', 3, 2, 4),
    ]),
    'b2-eval.xlsx': filled(massEvaluation, { unitName: '市统计局第二支部', unitCode: 'B2', fillDate: '2026-07-10' }, [rating('王五', '党员', 5, 3, 0, 9)]),
    '市财政局-群众评议情况统计表.xlsx': filled(massEvaluation, { fillDate: '2026-07-12' }, [rating('周七', '党员', 18, 2, 0)]),
  };
  for (const [name, bytes] of Object.entries(files)) await writeFile(join(inbox, name), await bytes);
  await writeFile(join(inbox, 'scan.xlsx'), '%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
});

const { out, err, run } = captureCli(main);
afterEach(() => vi.restoreAllMocks());

describe('npm run consolidate', () => {
  it('summarises a folder against the unit list, says where each unit came from and lists refusals', async () => {
    const target = join(dir, 'summary.xlsx');
    expect(await run(inbox, '--period', '2026H1', '-o', target, '--units', join(dir, 'units.xlsx'), '--today', '2026-07-25')).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('已汇总 2026年上半年：5 份台账，5 个单位');
    expect(text).toContain('市财政局-群众评议情况统计表.xlsx：市财政局（按文件名对应），群众评议情况统计表，有效 1 行');
    expect(text).toContain('b1-pledge.xlsx：市统计局第一支部（按单位编码对应），承诺践诺台账，有效 3 行');
    expect(text).toContain('b2-pledge.xlsx：市统计局第二支部（按单位编码对应），承诺践诺台账，有效 2 行，提醒 2 个，逾期报送（填报日期 2026-07-20）');
    expect(text).toContain('市统计局第二支部的承诺践诺台账收到多份：采用 b2-pledge.xlsx（填报日期 2026-07-20），未采用 b2-pledge-old.xlsx（填报日期 2026-07-01）');
    expect(text).toContain('b2-eval.xlsx：市统计局第二支部（按单位编码对应），群众评议情况统计表，有错误 1 个，按“已拒收”登记');
    expect(text).toContain('未报送：承诺践诺台账 1 个单位');
    expect(text).toContain('拒收的文件（1 个）：\n  scan.xlsx：这不是 Excel 工作簿（看起来是 PDF 文件），请上传用标准模板填写的 .xlsx 文件。');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(target)).buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...expectedSummarySheets([pledgeLedger, massEvaluation]), ...expectedDetailSheets([pledgeLedger, massEvaluation])]);
    const status = wb.getWorksheet('报送情况')!;
    // Rows: W 小计, D1 小计, B1, B2, D2, 合计; columns C–G 承诺践诺台账, H–L 群众评议.
    expect(['A5', 'A6', 'A7', 'A8', 'A9', 'A10'].map((a) => status.getCell(a).value)).toEqual(['市直工委（小计）', '市统计局（小计）', '市统计局第一支部', '市统计局第二支部', '市财政局', '合计']);
    expect(['C7', 'C8', 'C9', 'H7', 'H8', 'H9', 'K8'].map((a) => status.getCell(a).value)).toEqual(['按时报送', '逾期报送', '未报送', '按时报送', '已拒收', '按时报送', 1]);
    const pledges = wb.getWorksheet('承诺践诺汇总')!;
    // 党员总数, 承诺总数 … 逾期 (M), 完成率 (N), 承诺党员数 (O), 党员覆盖率 (P).
    expect(['C7', 'D7', 'M7', 'N7', 'O7', 'P7'].map((a) => pledges.getCell(a).value)).toEqual([4, 3, 1, 2 / 3, 2, 0.5]);
    expect(['C6', 'D6', 'N6', 'P6'].map((a) => pledges.getCell(a).value)).toEqual([9, 5, 4 / 5, 4 / 9]);
    expect(['C10', 'D10', 'P10'].map((a) => pledges.getCell(a).value)).toEqual([21, 5, 4 / 21]);
    const evaluation = wb.getWorksheet('群众评议汇总')!;
    // 实参评 (G), 满意率 (L), 排名 (O).
    expect(['G7', 'L7', 'O7', 'G9', 'L9', 'O9', 'O8'].map((a) => evaluation.getCell(a).value)).toEqual([19, 14 / 19, 2, 20, 1, 1, null]);
    expect(wb.getWorksheet('重点关注对象')!.getCell('C4').value).toBe('第一党支部');

    const overdue = wb.getWorksheet('逾期承诺清单')!;
    expect(['A4', 'C4', 'G4'].map((a) => overdue.getCell(a).value)).toEqual(['市统计局第一支部', { richText: [{ text: '=1+2' }] }, '2026-06-30']);
    const files = unzipSync(new Uint8Array(await readFile(target)));
    const sheets = Object.entries(files).filter(([n]) => n.startsWith('xl/worksheets/sheet')).map(([, b]) => strFromU8(b));
    expect(sheets.filter((x) => x.includes('=1+2'))).toHaveLength(2);
    for (const x of sheets) expect(x).not.toMatch(/<f[ >]/);
  });

  it('prints the same summary as JSON, with the units seen in the files when there is no list', async () => {
    expect(await run(inbox, '--period', '2026H1', '-o', join(dir, 'seen.xlsx'), '--today', '2026-07-25', '--json')).toBe(0);
    const summary: Summary = summarySchema.parse(JSON.parse(out.join('\n')).summary);
    expect(summary.rows.map((r) => [r.kind, r.unitCode, r.unitName])).toEqual([['unit', 'B1', '市统计局第一支部'], ['unit', 'B2', '市统计局第二支部'], ['unit', '市财政局', '市财政局']]);
    expect(summary.templates.map((t) => t.id)).toEqual(['pledge-ledger', 'mass-evaluation']);
    expect(summary.status.total.counts['pledge-ledger']).toEqual({ expected: 3, onTime: 1, late: 1, missing: 1, returned: 0, rejected: 0, pendingReview: 0 });
    expect(summary.status.total.counts['mass-evaluation']).toEqual({ expected: 3, onTime: 2, late: 0, missing: 0, returned: 0, rejected: 1, pendingReview: 0 });
    expect([summary.pledges.total.pledges, summary.pledges.total.overdue, summary.pledges.total.memberCoverage]).toEqual([5, 1, null]);
    expect(summary.overduePledges.items.map((p) => [p.unitCode, p.pledger])).toEqual([['B1', '=1+2']]);
    expect(err.join('\n')).toContain('已汇总 2026年上半年：5 份台账，3 个单位');
  });

  it('exits 2 for usage errors and when no file can be summarised', async () => {
    expect(await run(inbox, '-o', join(dir, 'x.xlsx'))).toBe(2);
    expect(err.join('\n')).toContain('请用 --period 指定报送期次，如 2026H1。');
    expect(await run(inbox, '--period', '2026H3', '-o', join(dir, 'x.xlsx'))).toBe(2);
    expect(await run(join(inbox, 'scan.xlsx'), '--period', '2026H1', '-o', join(dir, 'x.xlsx'))).toBe(2);
    expect(out.join('\n')).toContain('没有可汇总的台账文件。');
  });
});

describe('npm run consolidate: every file accounted for, every unit matched', () => {
  let mixed: string;
  beforeAll(async () => {
    const { mkdir } = await import('node:fs/promises');
    mixed = join(dir, 'mixed');
    await mkdir(join(mixed, 'archive'), { recursive: true });
    const files: Record<string, Promise<Uint8Array> | Uint8Array | string> = {
      'b1-pledge.xlsx': filled(pledgeLedger, { unitName: '市统计局第一支部', unitCode: 'B1', fillDate: '2026-07-10' }, [pledge('张三', '党员', '已完成', '2026-06-30', '2026-06-20')]),
      // No code, and a 填报单位 that holds the unit's name inside a longer one.
      'eval-no-code.xlsx': filled(massEvaluation, { unitName: '中共市统计局第一支部委员会', fillDate: '2026-07-10' }, [rating('张三', '党员', 7, 2, 1)]),
      'audit.xlsx': filled(massEvaluation, { unitName: '市审计局', fillDate: '2026-07-10' }, [rating('李四', '党员', 8, 2, 0)]),
      'old.xls': Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(4088).fill(0)]),
      'export.csv': '单位,承诺\n市统计局,办结来信\n市财政局,走访\n',
      '~$b1-pledge.xlsx': 'lock',
      'cover.docx': 'PK',
      '.DS_Store': '',
      'archive/b2-pledge.xlsx': filled(pledgeLedger, { unitName: '市统计局第二支部', unitCode: 'B2', fillDate: '2026-07-10' }, [pledge('王五', '党员', '已完成', '2026-06-30', '2026-06-20')]),
    };
    for (const [name, bytes] of Object.entries(files)) await writeFile(join(mixed, name), await bytes);
  });

  const byFile = <T extends { file: string }>(xs: T[]) => [...xs].sort((a, b) => (a.file < b.file ? -1 : 1));
  const SKIPPED = [
    { file: '.DS_Store', reason: '这是隐藏的系统文件，不是台账。' },
    { file: 'archive/', reason: '这是子文件夹，只汇总所选文件夹中直接存放的文件；如需汇总，请把它也写在命令行中。' },
    { file: 'cover.docx', reason: '不是 Excel 文件（扩展名 .docx），未汇总。如果这是台账，请用标准模板填写并保存为 .xlsx。' },
    { file: '~$b1-pledge.xlsx', reason: '这是 Excel 或 WPS 打开文件时生成的临时文件，不是台账。' },
  ];
  const REFUSED = [
    { file: 'export.csv', reason: '这不是 Excel 工作簿（看起来是 CSV 文本，请用 Excel 打开后另存为 .xlsx），请上传用标准模板填写的 .xlsx 文件。' },
    { file: 'old.xls', reason: '这是旧版 Excel（.xls）文件，请在 Excel 或 WPS 中“另存为”.xlsx 格式后上传。' },
  ];

  it('lists every file of the folder it did not use, with the reason, in the output and the JSON', async () => {
    expect(await run(mixed, '--period', '2026H1', '-o', join(dir, 'mixed.xlsx'), '--today', '2026-07-25', '--json')).toBe(0);
    const result = JSON.parse(out.join('\n')) as { period: string; refused: { file: string; reason: string }[]; skipped: { file: string; reason: string }[] };
    expect(result.period).toBe('2026H1');
    expect(byFile(result.refused)).toEqual(REFUSED);
    expect(byFile(result.skipped)).toEqual(SKIPPED);
    const text = err.join('\n');
    expect(text).toContain('拒收的文件（2 个）：');
    expect(text).toContain('  old.xls：这是旧版 Excel（.xls）文件，请在 Excel 或 WPS 中“另存为”.xlsx 格式后上传。');
    expect(text).toContain('未汇总的其他文件（4 个）：');
    expect(text).toContain('  archive/：这是子文件夹，只汇总所选文件夹中直接存放的文件；如需汇总，请把它也写在命令行中。');
    expect(text).toContain('  cover.docx：不是 Excel 文件（扩展名 .docx），未汇总。如果这是台账，请用标准模板填写并保存为 .xlsx。');
  });

  it('without a unit list, matches a file without a code to the unit another file declares by code, not to a phantom', async () => {
    expect(await run(mixed, '--period', '2026H1', '-o', join(dir, 'mixed.xlsx'), '--today', '2026-07-25', '--json')).toBe(0);
    const result = JSON.parse(out.join('\n')) as { summary: Summary; files: unknown[] };
    expect(result.files).toEqual([
      { file: 'audit.xlsx', templateId: 'mass-evaluation', unit: { code: '市审计局', name: '市审计局', matchedBy: 'unlisted' }, counted: true, used: true },
      { file: 'b1-pledge.xlsx', templateId: 'pledge-ledger', unit: { code: 'B1', name: '市统计局第一支部', matchedBy: 'code' }, counted: true, used: true },
      { file: 'eval-no-code.xlsx', templateId: 'mass-evaluation', unit: { code: 'B1', name: '市统计局第一支部', matchedBy: 'name' }, counted: true, used: true },
    ]);
    expect(result.summary.rows.map((r) => r.unitCode)).toEqual(['B1', '市审计局']);
    const text = err.join('\n');
    expect(text).toContain('eval-no-code.xlsx：市统计局第一支部（按填报单位名称对应），群众评议情况统计表，有效 1 行');
    expect(text).toContain('audit.xlsx：市审计局（未对应到已知单位，单独列出，取自基本信息），群众评议情况统计表，有效 1 行');
  });

  it('with a unit list, says for each file how its unit was matched', async () => {
    const files = [join(mixed, 'b1-pledge.xlsx'), join(mixed, 'eval-no-code.xlsx'), join(mixed, 'audit.xlsx'), join(inbox, '市财政局-群众评议情况统计表.xlsx')];
    expect(await run(...files, '--period', '2026H1', '-o', join(dir, 'matched.xlsx'), '--units', join(dir, 'units.xlsx'), '--today', '2026-07-25', '--json')).toBe(0);
    const result = JSON.parse(out.join('\n')) as { files: { file: string; unit: { code: string; matchedBy: string } }[] };
    expect(result.files.map((f) => [f.file, f.unit.code, f.unit.matchedBy])).toEqual([
      ['b1-pledge.xlsx', 'B1', 'code'],
      ['eval-no-code.xlsx', 'B1', 'name'],
      ['audit.xlsx', '市审计局', 'unlisted'],
      ['市财政局-群众评议情况统计表.xlsx', 'D2', 'file-name'],
    ]);
  });
});
