import { readWorkbook } from '../templates/xlsx/read-workbook.ts';

/**
 * Worker module for bench/reader.ts: bundled with esbuild and run in workerd
 * through Miniflare. Date.now() does not advance inside a request in workerd,
 * so timing is taken from outside: /read minus /noop with the same body.
 */
export default {
  async fetch(request: Request): Promise<Response> {
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (new URL(request.url).pathname === '/noop') return new Response(String(bytes.length));
    const result = readWorkbook(bytes, { fileName: 'bench.xlsx' });
    return new Response(result.ok ? String(result.grid.sheets[0]!.values.length) : result.issue.code);
  },
};
