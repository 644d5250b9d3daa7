import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** A file or folder in a folder that was not read as a ledger, and why (listed like a refusal, never dropped silently). */
export interface SkippedFile {
  file: string;
  reason: string;
}

export interface CollectedFiles {
  /** Read as ledgers, in name order per folder; files named on the command line always are. */
  paths: string[];
  skipped: SkippedFile[];
}

/**
 * Extensions a unit may send a ledger in. They are all read, so a .xls or a
 * CSV export is refused with the reader's own reason (另存为 .xlsx) and a
 * renamed .xlsx still counts; anything else in the folder is only listed.
 */
const LEDGER_LIKE = /\.(xlsx|xlsm|xls|et|csv)$/i;

function skipReason(name: string, isDirectory: boolean): string | null {
  if (isDirectory) return '这是子文件夹，只汇总所选文件夹中直接存放的文件；如需汇总，请把它也写在命令行中。';
  if (name.startsWith('~$')) return '这是 Excel 或 WPS 打开文件时生成的临时文件，不是台账。';
  if (name.startsWith('.')) return '这是隐藏的系统文件，不是台账。';
  if (LEDGER_LIKE.test(name)) return null;
  const ext = extname(name);
  return `不是 Excel 文件（${ext ? `扩展名 ${ext}` : '没有扩展名'}），未汇总。如果这是台账，请用标准模板填写并保存为 .xlsx。`;
}

/** Code point order would put 十 before 三; staff expect the order their file manager shows. */
const byName = (a: string, b: string): number => a.localeCompare(b, 'zh');

/** Every file named, and every entry directly in each folder named: read as a ledger, or skipped with the reason. */
export async function collectFiles(paths: readonly string[]): Promise<CollectedFiles | string> {
  const out: CollectedFiles = { paths: [], skipped: [] };
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      return `找不到“${p}”。`;
    }
    if (!info.isDirectory()) {
      out.paths.push(p);
      continue;
    }
    for (const name of (await readdir(p)).sort(byName)) {
      const path = join(p, name);
      const isDirectory = (await stat(path).catch(() => null))?.isDirectory() ?? false;
      const reason = skipReason(name, isDirectory);
      if (reason === null) out.paths.push(path);
      else out.skipped.push({ file: isDirectory ? `${name}/` : name, reason });
    }
  }
  return out;
}
