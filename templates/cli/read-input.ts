import { readFile } from 'node:fs/promises';

/** A file's bytes, or why it could not be opened, in Chinese (for the command-line tools). */
export async function readInput(path: string): Promise<Uint8Array | string> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return `无法打开文件“${path}”：${code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹' : String(code ?? e)}`;
  }
}
