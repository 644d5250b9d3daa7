import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { catalog, templateById } from '../catalog/index.ts';
import type { TemplateDefinition } from '../model/definition.ts';
import { writeBlankTemplate } from '../xlsx/write-template.ts';

export interface GenerateOptions {
  outDir: string;
  /** One template id; all templates when omitted. */
  templateId?: string;
}

/** Writes one `<中文名>.xlsx` per template into `outDir` and returns the paths written. */
export async function generateTemplates({ outDir, templateId }: GenerateOptions): Promise<string[]> {
  const defs: readonly TemplateDefinition[] = templateId ? [requireTemplate(templateId)] : catalog;
  await mkdir(outDir, { recursive: true });
  const paths: string[] = [];
  for (const def of defs) {
    const path = join(outDir, `${def.name}.xlsx`);
    await writeFile(path, await writeBlankTemplate(def));
    paths.push(path);
  }
  return paths;
}

function requireTemplate(id: string): TemplateDefinition {
  const def = templateById(id);
  if (!def) throw new UsageError(`未找到模板“${id}”。可用的模板：${catalog.map((d) => d.id).join('、')}`);
  return def;
}

class UsageError extends Error {}

const USAGE = '用法：npm run templates -- [--out 目录] [--template 模板ID]';

async function main(argv: string[]): Promise<number> {
  let values: { out?: string; template?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { out: { type: 'string', short: 'o' }, template: { type: 'string', short: 't' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  try {
    const paths = await generateTemplates({ outDir: resolve(values.out ?? 'out/templates'), templateId: values.template });
    for (const p of paths) console.log(p);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
