import { readFile, stat } from 'node:fs/promises';
import { issueMessage } from '../messages/zh.ts';

/**
 * A file's bytes, or why it could not be opened, in Chinese (for the
 * command-line tools). A file over `maxBytes` is refused before it is read,
 * with the reader's own message, so a stray video in a folder costs nothing.
 */
export async function readInput(path: string, maxBytes = Infinity): Promise<Uint8Array | string> {
  try {
    const { size } = await stat(path);
    if (size > maxBytes) return issueMessage({ severity: 'error', code: 'file/too-large', params: { limit: maxBytes, size, measure: 'file' } });
    return new Uint8Array(await readFile(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return `无法打开文件“${path}”：${code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹' : String(code ?? e)}`;
  }
}
