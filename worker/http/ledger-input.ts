import type { Context } from 'hono';
import type { Grid } from '../../templates/model/grid.ts';
import { fail } from './errors.ts';

export type LedgerInput =
  | { kind: 'file'; bytes: Uint8Array; fileName: string }
  | { kind: 'grid'; grid: Grid };

export interface LedgerBody {
  input: LedgerInput;
  templateId?: string | undefined;
  period?: string | undefined;
}

interface FormBody {
  file?: File;
  templateId?: string | undefined;
  period?: string | undefined;
}
interface JsonBody {
  grid?: Grid;
  templateId?: string | undefined;
  period?: string | undefined;
}

/**
 * The two ways a ledger arrives (a file as multipart, a grid as JSON) as one
 * value. The zod validators have already run for whichever media type was
 * sent; with neither, there is nothing to read.
 */
export async function ledgerBody(c: Context, form: FormBody, json: JsonBody): Promise<LedgerBody> {
  const type = c.req.header('content-type') ?? '';
  if (/^multipart\/form-data/i.test(type) && form.file) {
    const bytes = new Uint8Array(await form.file.arrayBuffer());
    return { input: { kind: 'file', bytes, fileName: form.file.name || 'upload.xlsx' }, templateId: form.templateId, period: form.period };
  }
  if (/^application\/json/i.test(type) && json.grid) {
    return { input: { kind: 'grid', grid: json.grid }, templateId: json.templateId, period: json.period };
  }
  throw fail(400, 'request/no-ledger', '请求中没有台账：请以 multipart/form-data 上传文件（字段 file），或以 JSON 提交 { grid }');
}
