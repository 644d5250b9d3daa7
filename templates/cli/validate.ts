import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { templateById, catalog } from '../catalog/index.ts';
import { readInput } from './read-input.ts';
import { renderReport } from '../messages/report-text.ts';
import { withMessages } from '../messages/with-messages.ts';
import type { Report } from '../model/issue.ts';
import { validateFile } from '../validate-file.ts';

const HELP = `用法：npm run validate -- <文件.xlsx>... [--template <模板编号>] [--period 2026H1] [--today 2026-07-15] [--json]

  --template  要求文件是该模板（${catalog.map((d) => d.id).join(', ')}）
  --period    报送期次，覆盖文件“基本信息”中的期次
  --today     判断逾期所用的日期（默认：文件的填报日期，否则今天）
  --json      输出报告对象（一个文件时为对象，多个文件时为数组），每个问题带中文说明 message

退出码：0 全部通过；1 有错误；2 有文件被拒收（无法读取或不是要求的模板）。`;

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        template: { type: 'string' }, period: { type: 'string' }, today: { type: 'string' },
        json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    console.error(`参数错误：${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help || positionals.length === 0) {
    (values.help ? console.log : console.error)(HELP);
    return values.help ? 0 : 2;
  }
  if (values.template && !templateById(values.template)) {
    console.error(`未知的模板编号“${values.template}”。可用：${catalog.map((d) => `${d.id}（${d.name}）`).join('、')}`);
    return 2;
  }

  const reports: Report[] = [];
  for (const path of positionals) {
    const bytes = await readInput(path);
    if (typeof bytes === 'string') {
      console.error(bytes);
      return 2;
    }
    const { report } = validateFile(bytes, basename(path), {
      ...(values.template ? { expectedTemplate: values.template } : {}),
      ...(values.period ? { period: values.period } : {}),
      ...(values.today ? { today: values.today } : {}),
    });
    reports.push(report);
  }

  if (values.json) {
    const rendered = reports.map(withMessages);
    console.log(JSON.stringify(rendered.length === 1 ? rendered[0] : rendered, null, 2));
  }
  else console.log(reports.map(renderReport).join('\n\n'));
  if (reports.some((r) => r.template === null)) return 2;
  return reports.some((r) => !r.valid) ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
