import { readdir, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { catalog, templateById } from '../catalog/index.ts';
import { readInput } from './read-input.ts';
import { readUnitList } from '../units/unit-list.ts';
import { UNIT_LIST_COLUMNS } from '../units/unit-list-columns.ts';
import { renderIssue } from '../messages/zh.ts';
import { chinaDate } from '../model/china-time.ts';
import { periodRange } from '../model/period.ts';
import { defaultDueDate, type SummaryUnit } from '../summary/index.ts';
import { consolidateFiles, type LedgerFile } from '../consolidate-files.ts';
import { readWorkbook } from '../xlsx/read-workbook.ts';
import { writeSummaryWorkbook } from '../xlsx/write-summary.ts';

const HELP = `用法：npm run consolidate -- <文件夹或文件.xlsx>... --period 2026H1 -o 汇总表.xlsx [--units 单位名单.xlsx] [--today 2026-07-20] [--due 2026-07-15] [--templates 模板编号,...] [--json]

把各单位报来的台账（一个文件夹或若干文件）校验后汇总为一个汇总表工作簿。
  --period     报送期次（必填），如 2026H1、2026H2、2026M07；期次不同的文件不汇总
  -o, --out    汇总表输出路径（必填）
  --units      单位名单（.xlsx）。第一张含表头的工作表，表头为：${UNIT_LIST_COLUMNS.map((c) => c.header).join('、')}；
               上级单位编码填上级单位的单位编码（顶层留空）；人数只填本级，不含下级，合计由系统汇总。
               不提供时，以各文件中出现的单位为应报单位，党员数等基数按 0 计（覆盖率、比例核对不可用）。
  --today      统计日期，判断承诺、整改是否逾期（默认：文件的填报日期，否则今天）
  --due        报送截止日期，晚于此日期填报的记为逾期报送（默认：上半年7月15日，下半年次年1月15日）
  --templates  应报的台账（${catalog.map((d) => d.id).join(', ')}），默认：所有文件中出现过的台账
  --json       在标准输出打印汇总数据（JSON），其余说明改到标准错误输出

单位取自每个文件“基本信息”中的单位编码或填报单位，没有时取自文件名（去掉台账名称）。
同一单位的同一台账有多份时，采用通过校验的、填报日期较晚的一份（日期相同按文件名）。
有错误的文件按“已拒收”登记，数据不计入汇总。
退出码：0 已生成汇总表（即使有文件被拒收）；2 参数错误或没有可读的台账文件。`;

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        period: { type: 'string' }, out: { type: 'string', short: 'o' }, units: { type: 'string' }, today: { type: 'string' },
        due: { type: 'string' }, templates: { type: 'string' }, json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    console.error(`参数错误：${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values: o, positionals } = args;
  if (o.help) return (console.log(HELP), 0);
  const usage = (message: string) => (console.error(`${message}\n\n${HELP}`), 2);
  if (positionals.length === 0) return usage('请指定台账所在的文件夹或文件。');
  const period = o.period ? periodRange(o.period.toUpperCase()) : null;
  if (!period) return usage(o.period ? `无法识别报送期次“${o.period}”，应如 2026H1、2026H2、2026M07 或 2026。` : '请用 --period 指定报送期次，如 2026H1。');
  if (!o.out) return usage('请用 -o 指定汇总表的输出路径。');
  for (const [flag, v] of [['--today', o.today], ['--due', o.due]] as const)
    if (v !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v)) return usage(`${flag} 应为日期，如 2026-07-15。`);
  const wanted = o.templates?.split(',').map((s) => s.trim()).filter(Boolean);
  const unknownTemplate = wanted?.find((id) => !templateById(id));
  if (unknownTemplate) return usage(`未知的模板编号“${unknownTemplate}”。`);

  // Human-readable progress goes to stderr under --json, so stdout stays one JSON document.
  const say = o.json ? console.error : console.log;
  const today = o.today ?? chinaDate(new Date());
  const due = o.due ?? defaultDueDate(period);

  let listed: SummaryUnit[] | null = null;
  if (o.units) {
    const read = await readInput(o.units);
    if (typeof read === 'string') return usage(read);
    const wb = readWorkbook(read, { fileName: basename(o.units) });
    if (!wb.ok) return usage(`无法读取单位名单：${renderIssue(wb.issue)}`);
    const parsed = readUnitList(wb.grid);
    parsed.problems.forEach((p) => say(`单位名单 ${p.message}`));
    if (parsed.units.length === 0) return usage('单位名单中没有单位。');
    listed = parsed.units.map(({ parentCode, ...u }) => ({ ...u, parent: parentCode }));
  }

  const paths = await collectFiles(positionals);
  if (typeof paths === 'string') return usage(paths);
  const files: LedgerFile[] = [];
  for (const path of paths) {
    const bytes = await readInput(path);
    const modified = typeof bytes === 'string' ? '' : chinaDate((await stat(path)).mtime);
    files.push({ name: basename(path), bytes: typeof bytes === 'string' ? { error: bytes } : bytes, modified });
  }
  const { summary, units, used, lines, refused, details } = consolidateFiles(files, {
    period, today, due, ...(listed ? { units: listed } : {}), ...(wanted ? { templates: wanted } : {}),
  });
  if (!summary) {
    say(`没有可汇总的台账文件。${refused.length ? `\n拒收的文件：\n${refused.map((r) => `  ${r}`).join('\n')}` : ''}`);
    return 2;
  }
  await writeFile(o.out, await writeSummaryWorkbook(summary, details()));

  say(`已汇总 ${period.label}：${used} 份台账，${units.length} 个单位 → ${o.out}`);
  say(lines.join('\n'));
  const missing = summary.templates.map((t) => [t.name, summary.status.total.counts[t.id]!.missing] as const).filter(([, n]) => n > 0);
  if (missing.length) say(`未报送：${missing.map(([n, c]) => `${n} ${c} 个单位`).join('，')}（详见“报送情况”工作表）`);
  if (refused.length) say(`拒收的文件（${refused.length} 个）：\n${refused.map((r) => `  ${r}`).join('\n')}`);
  if (o.json) console.log(JSON.stringify(summary, null, 2));
  return 0;
}

/** Code point order: the same on every machine, unlike a locale's collation. */
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Every .xlsx directly in each folder (Excel's ~$ lock files skipped), and every file named, in name order. */
async function collectFiles(paths: string[]): Promise<string[] | string> {
  const out: string[] = [];
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      return `找不到“${p}”。`;
    }
    if (!info.isDirectory()) {
      out.push(p);
      continue;
    }
    const names = (await readdir(p)).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith('~$')).sort((a, b) => a.localeCompare(b, 'zh'));
    out.push(...names.map((n) => join(p, n)));
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
