import { validateFile } from '../templates/validate-file.ts';
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
    if (new URL(request.url).pathname === '/validate') {
      const { report } = validateFile(bytes, 'bench.xlsx', { today: '2026-07-10' });
      return new Response(String(report.stats.rowsRead));
    }
    const result = readWorkbook(bytes, { fileName: 'bench.xlsx' });
    return new Response(result.ok ? String(result.grid.sheets[0]!.values.length) : result.issue.code);
  },
};
