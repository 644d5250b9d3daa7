import { hc, type InferResponseType } from 'hono/client';
import type { AppType } from '../../../worker/index.ts';
import type { Grid } from '../../../templates/model/grid.ts';

/** The worker's routes, typed from its own definitions (worker/index.ts exports AppType). */
export const apiClient = (server: string, token: string) =>
  hc<AppType>(server || location.origin, { headers: (): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {}) });

export type Api = ReturnType<typeof apiClient>;

export type Me = InferResponseType<Api['api']['me']['$get'], 200>;
export type StatusBoard = InferResponseType<Api['api']['admin']['status']['$get'], 200>;
export type SubmissionList = InferResponseType<Api['api']['submissions']['$get'], 200>['submissions'];
export type Report = InferResponseType<Api['api']['validate']['$post'], 200>['report'];
export type SubmitResult = InferResponseType<Api['api']['submissions']['$post'], 200 | 201>;
export type TemplateInfo = InferResponseType<Api['api']['templates']['$get'], 200>[number];

/** A failed call, carrying the worker's envelope (Chinese message) and, for 422, the validation report. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(readonly status: number, readonly code: string, message: string, readonly details?: unknown) {
    super(message);
  }
}

interface Reply {
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}

const NETWORK = '无法连接台账通服务器，请检查网络或“设置”中的服务器地址。';

/** Awaits a typed call and returns its body, or throws ApiError with the message to show. */
export async function ok<T>(call: Promise<Reply>): Promise<T> {
  let res: Reply;
  try {
    res = await call;
  } catch (error) {
    throw new ApiError(0, 'network', NETWORK, error);
  }
  const body = await res.json().catch(() => null);
  if (res.ok) return body as T;
  const env = (body as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
  throw new ApiError(res.status, env?.code ?? `http/${res.status}`, env?.message ?? `服务器返回错误（${res.status}），请稍后重试。`, env?.details);
}

/** Files (blank templates, the summary, a batch of tokens by POST) come back as bytes with the name the worker chose. */
export async function fetchFile(server: string, token: string, path: string, method: 'GET' | 'POST' = 'GET'): Promise<{ bytes: Uint8Array; fileName: string }> {
  let res: Response;
  try {
    res = await fetch(`${server || location.origin}${path}`, { method, headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch (error) {
    throw new ApiError(0, 'network', NETWORK, error);
  }
  if (!res.ok) {
    await ok(Promise.resolve(res));
  }
  return { bytes: new Uint8Array(await res.arrayBuffer()), fileName: fileNameOf(res.headers.get('content-disposition')) ?? 'download.xlsx' };
}

/** The UTF-8 name (filename*) when present, else the ASCII fallback. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      /* fall through to the ASCII name */
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? null;
}

type LedgerSlot = { templateId?: string | undefined; period?: string | undefined };
type ValidateArgs = Parameters<Api['api']['validate']['$post']>[0];
type SubmitArgs = Parameters<Api['api']['submissions']['$post']>[0];

/**
 * /api/validate and /api/submissions accept a grid (JSON) or a file
 * (multipart) on one route; hc's input type wants both at once, so the one
 * body actually sent is built here. Unset fields are left out (hc would send
 * "undefined" as a form value).
 */
export const ledgerJson = <A extends ValidateArgs | SubmitArgs>(json: LedgerSlot & { grid: Grid }): A => ({ json: defined(json) }) as unknown as A;
export const ledgerForm = <A extends ValidateArgs | SubmitArgs>(form: LedgerSlot & { file: File }): A => ({ form: defined(form) }) as unknown as A;

const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
