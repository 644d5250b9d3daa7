import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { captureCli } from './capture.ts';
import { main } from '../../templates/cli/validate.ts';
import type { Report } from '../../templates/model/issue.ts';
import { issueMessage } from '../../templates/messages/zh.ts';
import { specToXlsx, type SheetSpec } from '../fixtures/workbook-spec.ts';

const header = ['序号', '承诺主体', '承诺单位或承诺人', '所在党支部', '承诺类别', '承诺事项', '践诺措施', '完成时限', '完成情况', '实际完成日期', '群众评价', '备注'];
const good: SheetSpec = {
  name: '承诺践诺台账',
  rows: [
    ['填报单位', '市统计局机关党委', '报送期次', '2026H1', '填报日期', '2026-07-08'],
    header,
    [1, '党组织', '第一党支部', '第一党支部', '实事承诺', '帮扶困难户3户', '结对帮扶', '2026-06-30', '已完成', '2026-06-28', '满意', ''],
  ],
};
const bad: SheetSpec = { ...good, rows: [...good.rows, [2, '党员', '张三', '第一党支部', '服务承诺', '办结来信20件', '每周处理', '下个月', '推进中', '', '', '']] };
/** Not a ledger at all: only 序号 and 备注 coincide with the pledge ledger's columns. */
const expenses: SheetSpec = {
  name: '报销明细',
  rows: [
    ['费用报销明细'],
    ['序号', '日期', '摘要', '金额', '经办人', '备注'],
    [1, { date: '2026-07-01' }, '差旅费', 320, '张三', ''],
    [2, { date: '2026-07-03' }, '办公用品', 86.5, '李四', ''],
  ],
};

/** An empty 整改台账 whose 基本信息 declares 本期无整改事项. */
const nilReturn: SheetSpec = {
  name: '整改台账',
  rows: [
    ['填报单位：综合处党支部    单位编码:ZH-01    报送期次:2026年下半年    填报日期:2027-01-08', '', '', '', '', '', '本期无整改事项', '是'],
    ['问题来源', '问题描述', '整改措施', '责任单位', '责任人', '整改时限', '整改状态', '完成日期', '复验结果', '备注'],
  ],
};

let dir: string;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tzt-validate-'));
  await writeFile(join(dir, 'good.xlsx'), await specToXlsx([good]));
  await writeFile(join(dir, 'bad.xlsx'), await specToXlsx([bad]));
  await writeFile(join(dir, 'expenses.xlsx'), await specToXlsx([expenses]));
  await writeFile(join(dir, 'nil.xlsx'), await specToXlsx([nilReturn]));
  await writeFile(join(dir, 'empty.xlsx'), await specToXlsx([{ name: '承诺践诺台账', rows: [good.rows[0]!, header] }]));
  await writeFile(join(dir, 'scan.pdf'), '%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
});
const { out, err, run } = captureCli(main);
afterEach(() => vi.restoreAllMocks());

describe('npm run validate', () => {
  it('exits 0 and says so for a valid ledger', async () => {
    expect(await run(join(dir, 'good.xlsx'))).toBe(0);
    expect(out.join('\n')).toContain('结论：通过校验');
    expect(out.join('\n')).toContain('行数：读取 1 = 有效 1 + 有错误 0 + 跳过 0');
  });

  it('exits 1 and names the cell and the fix for a ledger with errors', async () => {
    expect(await run(join(dir, 'bad.xlsx'))).toBe(1);
    expect(out.join('\n')).toContain('[错误] 工作表“承诺践诺台账” H4 完成时限：无法识别“下个月”，请填写日期，如 2026-07-15。');
  });

  it('exits 2 for a refused file, and prints the report object with --json', async () => {
    expect(await run(join(dir, 'scan.pdf'), '--json')).toBe(2);
    const report = JSON.parse(out.join('\n')) as Report;
    expect(report.issues).toEqual([
      {
        severity: 'error', code: 'file/not-spreadsheet', file: 'scan.pdf', params: { detected: 'pdf' },
        message: '这不是 Excel 工作簿（看起来是 PDF 文件），请上传用标准模板填写的 .xlsx 文件。',
      },
    ]);
  });

  it('gives every issue in --json its Chinese message, the text the person reads', async () => {
    expect(await run(join(dir, 'bad.xlsx'), '--json')).toBe(1);
    const report = JSON.parse(out.join('\n')) as Report;
    expect(report.issues.length).toBeGreaterThan(0);
    for (const issue of report.issues) {
      const { message, ...data } = issue;
      expect(message).toBe(issueMessage(data));
      expect(message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(report.issues[0]).toMatchObject({ code: 'cell/date', cell: 'H4', message: '无法识别“下个月”，请填写日期，如 2026-07-15。' });
  });

  it('refuses (exit 2) a workbook that is not the ledger --template names, instead of listing its missing columns', async () => {
    expect(await run(join(dir, 'expenses.xlsx'), '--template', 'pledge-ledger', '--json')).toBe(2);
    const report = JSON.parse(out.join('\n')) as Report;
    expect(report.template).toBeNull();
    expect(report.issues).toEqual([
      {
        severity: 'error', code: 'template/unknown', file: 'expenses.xlsx',
        expected: ['承诺主体', '承诺单位或承诺人', '所在党支部', '承诺类别', '承诺事项', '践诺措施', '完成时限', '完成情况'],
        params: { template: '承诺践诺台账' },
        message: '未识别出标准模板。如果这是“承诺践诺台账”，表头应包含：承诺主体、承诺单位或承诺人、所在党支部、承诺类别、承诺事项、践诺措施、完成时限、完成情况。请使用台账通下载的标准模板填写。',
      },
    ]);
  });

  it('prints an array for several files and exits with the worst outcome', async () => {
    expect(await run(join(dir, 'good.xlsx'), join(dir, 'bad.xlsx'), '--json')).toBe(1);
    expect((JSON.parse(out.join('\n')) as Report[]).map((r) => r.valid)).toEqual([true, false]);
  });

  it('refuses a file of another template than --template asks for, naming it', async () => {
    expect(await run(join(dir, 'good.xlsx'), '--template', 'mass-evaluation')).toBe(2);
    expect(out.join('\n')).toContain('这是“承诺践诺台账”，不是本次要报送的“群众评议情况统计表”');
  });

  it('fails an empty ledger, and passes an empty one that declares a nil return, saying so', async () => {
    expect(await run(join(dir, 'empty.xlsx'))).toBe(1);
    expect(out.join('\n')).toContain('表中没有数据行，空表不能作为报送。');
    expect(await run(join(dir, 'nil.xlsx'), '--today', '2027-01-10')).toBe(0);
    expect(out.join('\n')).toContain('本期无此事项（基本信息已声明，表中无数据行）');
    expect(out.join('\n')).toContain('结论：通过校验');
    expect(await run(join(dir, 'nil.xlsx'), '--today', '2027-01-10', '--json')).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ valid: true, nilReturn: true, issues: [] });
  });

  it('explains usage errors in Chinese', async () => {
    expect(await run(join(dir, 'missing.xlsx'))).toBe(2);
    expect(err.join('\n')).toContain('文件不存在');
    expect(await run('--template', 'nope', join(dir, 'good.xlsx'))).toBe(2);
    expect(err.join('\n')).toContain('未知的模板编号“nope”');
    expect(await run()).toBe(2);
    expect(err.join('\n')).toContain('用法：npm run validate');
  });
});
