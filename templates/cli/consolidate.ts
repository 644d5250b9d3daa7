import { stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { catalog, templateById } from '../catalog/index.ts';
import { collectFiles, type SkippedFile } from './collect-files.ts';
import { readInput } from './read-input.ts';
import { readUnitList } from '../units/unit-list.ts';
import { UNIT_LIST_COLUMNS } from '../units/unit-list-columns.ts';
import { renderIssue } from '../messages/zh.ts';
import { chinaDate } from '../model/china-time.ts';
import { periodRange } from '../model/period.ts';
import { defaultDueDate, type SummaryUnit } from '../summary/index.ts';
import { consolidateFiles, type Consolidation, type LedgerFile } from '../consolidate-files.ts';
import { DEFAULT_READ_LIMITS } from '../xlsx/limits.ts';
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
  --json       在标准输出打印 JSON：{ period, summary（汇总数据）, files（每个文件的单位及对应方式 matchedBy）,
               refused（拒收的文件及原因）, skipped（未汇总的其他文件及原因） }；其余说明改到标准错误输出

每个文件的单位按以下顺序对应到已知单位（单位名单；不提供时为各文件基本信息中用单位编码报出的单位）：
  先按基本信息中的单位编码；再按填报单位名称（名称相同，或所填内容中只含一个已知单位的名称）；
  再按文件名（去掉台账名称和期次）；都对应不上时单独列出。每个文件的说明中注明是怎样对应的。
文件夹中的 .xlsx、.xlsm、.xls、.et、.csv 文件都会读取（不是 .xlsx 的按拒收列出原因）；
其他文件、临时文件（~$ 开头）和子文件夹不汇总，逐个列出原因。
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
    listed = parsed.units.map((u) => ({ code: u.code, name: u.name, parent: u.parentCode, members: u.members, teams: u.teams, branches: u.branches }));
  }

  const collected = await collectFiles(positionals);
  if (typeof collected === 'string') return usage(collected);
  const files: LedgerFile[] = [];
  for (const path of collected.paths) {
    const bytes = await readInput(path, DEFAULT_READ_LIMITS.maxFileBytes);
    const modified = typeof bytes === 'string' ? '' : chinaDate((await stat(path)).mtime);
    files.push({ name: basename(path), bytes: typeof bytes === 'string' ? { error: bytes } : bytes, modified });
  }
  const result = consolidateFiles(files, {
    period, today, due, ...(listed ? { units: listed } : {}), ...(wanted ? { templates: wanted } : {}),
  });
  const { summary, units, used, lines, refused } = result;
  const { skipped } = collected;
  const listOf = (title: string, items: readonly { file: string; reason: string }[]) =>
    items.length ? `${title}（${items.length} 个）：\n${items.map((r) => `  ${r.file}：${r.reason}`).join('\n')}` : '';
  const leftOut = [listOf('拒收的文件', refused), listOf('未汇总的其他文件', skipped)].filter(Boolean).join('\n');
  if (!summary) {
    say(`没有可汇总的台账文件。${leftOut ? `\n${leftOut}` : ''}`);
    if (o.json) console.log(jsonResult(period.code, result, skipped));
    return 2;
  }
  await writeFile(o.out, await writeSummaryWorkbook(summary, result.details()));

  say(`已汇总 ${period.label}：${used} 份台账，${units.length} 个单位 → ${o.out}`);
  say(lines.join('\n'));
  const missing = summary.templates.map((t) => [t.name, summary.status.total.counts[t.id]!.missing] as const).filter(([, n]) => n > 0);
  if (missing.length) say(`未报送：${missing.map(([n, c]) => `${n} ${c} 个单位`).join('，')}（详见“报送情况”工作表）`);
  if (leftOut) say(leftOut);
  if (o.json) console.log(jsonResult(period.code, result, skipped));
  return 0;
}

/** What a script needs from one run: the figures, and what happened to every file and why. */
const jsonResult = (period: string, r: Consolidation, skipped: SkippedFile[]): string =>
  JSON.stringify({ period, summary: r.summary, files: r.files, refused: r.refused, skipped }, null, 2);

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
