/** A minimal client of the service, as the demo's units and office use it. */
export interface ApiReply<T = unknown> {
  status: number;
  body: T;
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly body: unknown, what: string) {
    super(`${what}：HTTP ${status} ${JSON.stringify(body).slice(0, 300)}`);
  }
}

export function apiClient(baseUrl: string) {
  async function call<T>(method: string, path: string, token: string | null, body?: { json: unknown } | { form: FormData }): Promise<ApiReply<T>> {
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    let payload: BodyInit | undefined;
    if (body && 'json' in body) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body.json);
    } else if (body) payload = body.form;
    const res = await fetch(new URL(path, baseUrl), { method, headers, ...(payload !== undefined ? { body: payload } : {}) });
    const type = res.headers.get('content-type') ?? '';
    return { status: res.status, body: (type.includes('json') ? await res.json() : await res.arrayBuffer()) as T };
  }
  /** Calls that must answer one of `ok`; anything else stops the seed with the service's own message. */
  async function expect<T>(ok: number[], what: string, ...args: Parameters<typeof call>): Promise<ApiReply<T>> {
    const reply = await call<T>(...args);
    if (!ok.includes(reply.status)) throw new ApiError(reply.status, reply.body, what);
    return reply;
  }
  return { call, expect };
}

export type ApiClient = ReturnType<typeof apiClient>;
