import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { captureCli } from './capture.ts';
import { main } from '../../templates/cli/validate.ts';
import type { Report } from '../../templates/model/issue.ts';
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

let dir: string;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tzt-validate-'));
  await writeFile(join(dir, 'good.xlsx'), await specToXlsx([good]));
  await writeFile(join(dir, 'bad.xlsx'), await specToXlsx([bad]));
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
    expect(report.issues).toEqual([{ severity: 'error', code: 'file/not-spreadsheet', file: 'scan.pdf', params: { detected: 'pdf' } }]);
  });

  it('prints an array for several files and exits with the worst outcome', async () => {
    expect(await run(join(dir, 'good.xlsx'), join(dir, 'bad.xlsx'), '--json')).toBe(1);
    expect((JSON.parse(out.join('\n')) as Report[]).map((r) => r.valid)).toEqual([true, false]);
  });

  it('refuses a file of another template than --template asks for, naming it', async () => {
    expect(await run(join(dir, 'good.xlsx'), '--template', 'mass-evaluation')).toBe(2);
    expect(out.join('\n')).toContain('这是“承诺践诺台账”，不是本次要报送的“群众评议情况统计表”');
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
