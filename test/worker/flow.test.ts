import { env, exports } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { fillPledgeWorkbook } from '../fixtures/pledge-ledger.ts';
import { call, fileForm, GOOD_ROWS, seedWorld, TOKENS, type PledgeRow } from './helpers.ts';
import { sha256Hex } from '../../worker/auth/token-hash.ts';

interface Cell { unitCode: string; templateId: string; state: string; label: string; version: number | null; errors: number | null; warnings: number | null; returnComment: string | null; submissionId: string | null }

const statusOf = async (unitCode: string): Promise<Cell> => {
  const res = await call('GET', '/api/admin/status?period=2026H1', { token: TOKENS.admin });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { cells: Cell[] };
  return body.cells.find((c) => c.unitCode === unitCode && c.templateId === 'pledge-ledger')!;
};

/** Downloads the blank from the service and fills it in exceljs, as staff do in Excel. */
async function fillDownloadedBlank(rows: PledgeRow[]): Promise<Uint8Array> {
  const res = await exports.default.fetch('http://x/api/templates/pledge-ledger/blank.xlsx');
  return fillPledgeWorkbook(new Uint8Array(await res.arrayBuffer()), rows, { code: 'A', name: '市发展改革委机关党委' });
}

beforeEach(() => seedWorld());

describe('generate → fill → submit → status → return → resubmit', () => {
  it('keeps both versions and counts the latest', async () => {
    const v1Bytes = await fillDownloadedBlank(GOOD_ROWS);
    const first = await call('POST', '/api/submissions', { token: TOKENS.a, body: fileForm(v1Bytes, '发改委承诺台账.xlsx', { templateId: 'pledge-ledger', period: '2026H1' }) });
    expect(first.status).toBe(201);
    const v1 = (await first.json()) as { submission: { id: string; version: number; status: string; late: boolean }; report: { valid: boolean; stats: { rowsValid: number; errors: number; warnings: number } } };
    expect(v1.submission).toMatchObject({ version: 1, status: 'accepted', late: false });
    expect(v1.report.stats).toMatchObject({ rowsValid: 2, errors: 0, warnings: 0 });

    expect(await statusOf('A')).toMatchObject({ state: 'on_time', label: '按时报送', version: 1, errors: 0, warnings: 0, submissionId: v1.submission.id });
    expect(await statusOf('B')).toMatchObject({ state: 'missing', label: '未报送', version: null, submissionId: null });

    // Rows and the original are stored: R2 by content hash, rows normalised.
    const sha = await sha256Hex(v1Bytes);
    expect((await env.FILES.head(`files/${sha}`))?.size).toBe(v1Bytes.byteLength);
    const rows = await env.DB.prepare('SELECT row_no, "values" FROM submission_rows WHERE submission_id = ? ORDER BY row_no').bind(v1.submission.id).all<{ row_no: number; values: string }>();
    expect(rows.results.map((r) => r.row_no)).toEqual([5, 6]);
    expect(JSON.parse(rows.results[1]!.values)).toMatchObject({ pledger: '张三', deadline: '2026-06-30', status: '推进中' });

    const download = await call('GET', `/api/submissions/${v1.submission.id}/file`, { token: TOKENS.a });
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(v1Bytes);
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="A-pledge-ledger-v1.xlsx"; filename*=UTF-8''${encodeURIComponent('发改委承诺台账.xlsx')}`,
    );

    const returned = await call('POST', `/api/admin/submissions/${v1.submission.id}/return`, { token: TOKENS.admin, json: { comment: '第6行完成情况请核实' } });
    expect(returned.status).toBe(200);
    expect(((await returned.json()) as { submission: { status: string } }).submission.status).toBe('returned');
    expect(await statusOf('A')).toMatchObject({ state: 'returned', label: '已退回', version: 1, returnComment: '第6行完成情况请核实' });
    // Returning twice is a conflict: the slot's counted version is gone.
    expect((await call('POST', `/api/admin/submissions/${v1.submission.id}/return`, { token: TOKENS.admin, json: { comment: '再退' } })).status).toBe(409);

    const mine = await call('GET', '/api/submissions?period=2026H1', { token: TOKENS.a });
    const listed = (await mine.json()) as { submissions: { version: number; status: string; returnComment: string | null }[] };
    expect(listed.submissions.map((s) => [s.version, s.status, s.returnComment])).toEqual([[1, 'returned', '第6行完成情况请核实']]);

    const v2Rows: PledgeRow[] = [...GOOD_ROWS, ['党员', '李四', '第一党支部', '服务承诺', '热情服务', '每周处理', '2026-06-30', '推进中', '', '']];
    const second = await call('POST', '/api/submissions', { token: TOKENS.a, body: fileForm(await fillDownloadedBlank(v2Rows), '发改委承诺台账（修改）.xlsx', { templateId: 'pledge-ledger', period: '2026H1' }) });
    expect(second.status).toBe(201);
    const v2 = (await second.json()) as { submission: { id: string; version: number; status: string } };
    expect(v2.submission).toMatchObject({ version: 2, status: 'accepted_with_warnings' });

    expect(await statusOf('A')).toMatchObject({ state: 'on_time', version: 2, errors: 0, warnings: 1, submissionId: v2.submission.id, returnComment: null });
    const after = (await (await call('GET', '/api/submissions?period=2026H1', { token: TOKENS.a })).json()) as { submissions: { version: number; status: string }[] };
    expect(after.submissions.map((s) => [s.version, s.status])).toEqual([[1, 'returned'], [2, 'accepted_with_warnings']]);
    const counted = await env.DB.prepare('SELECT id, version FROM counted_submissions WHERE org = ?').bind('jgdw').all<{ id: string; version: number }>();
    expect(counted.results).toEqual([{ id: v2.submission.id, version: 2 }]);

    // v1 stays readable, report and all.
    const old = await call('GET', `/api/submissions/${v1.submission.id}`, { token: TOKENS.a });
    expect(((await old.json()) as { submission: { version: number }; report: { stats: { rowsValid: number } } })).toMatchObject({ submission: { version: 1 }, report: { stats: { rowsValid: 2 } } });
  });
});
