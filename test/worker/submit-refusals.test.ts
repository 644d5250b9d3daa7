import { env } from 'cloudflare:workers';
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { call, fileForm, GOOD_ROWS, pledgeGrid, seedPeriod, seedWorld, TOKENS } from './helpers.ts';

const submissionCount = async () => (await env.DB.prepare('SELECT COUNT(*) AS n FROM submissions').first<{ n: number }>())!.n;
const slot = { templateId: 'pledge-ledger', period: '2026H1' };

/** An xlsx-shaped zip whose one sheet inflates to 110 MB of spaces, built as a stream so the test never holds it. */
function zipBomb(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const out: Uint8Array[] = [];
    const zip = new Zip((err, chunk, final) => {
      if (err) return reject(err);
      out.push(chunk);
      if (final) {
        const all = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
        let at = 0;
        for (const c of out) all.set(c, (at += c.length) - c.length);
        resolve(all);
      }
    });
    const small = (name: string, text: string) => {
      const f = new ZipDeflate(name);
      zip.add(f);
      f.push(strToU8(text), true);
    };
    const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const PKG = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';
    small('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    small('_rels/.rels', `<Relationships ${PKG}><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
    small('xl/workbook.xml', `<workbook ${NS}><sheets><sheet name="承诺践诺台账" sheetId="1" r:id="rId1"/></sheets></workbook>`);
    small('xl/_rels/workbook.xml.rels', `<Relationships ${PKG}><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
    const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
    zip.add(sheet);
    sheet.push(strToU8(`<worksheet ${NS}><sheetData>`));
    const spaces = new Uint8Array(1024 * 1024).fill(0x20);
    for (let i = 0; i < 110; i++) sheet.push(spaces);
    sheet.push(strToU8('</sheetData></worksheet>'), true);
    zip.end();
  });
}

beforeEach(() => seedWorld());

describe('POST /api/submissions refusals', () => {
  it('refuses a grid of another template with 422 naming the detected one, storing nothing', async () => {
    await seedPeriod('mass-evaluation', '2026H1', '2026-01-01', '2026-07-15');
    const res = await call('POST', '/api/submissions', { token: TOKENS.a, json: { templateId: 'mass-evaluation', period: '2026H1', grid: pledgeGrid(GOOD_ROWS) } });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { ok: boolean; error: { code: string; message: string; details: { template: null; issues: unknown[] } } };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('template/mismatch');
    expect(body.error.message).toBe('这是“承诺践诺台账”，不是本次要报送的“群众评议情况统计表”。请选择正确的文件，或在“承诺践诺台账”的报送入口上传。');
    expect(body.error.details.template).toBeNull();
    expect(body.error.details.issues[0]).toMatchObject({ code: 'template/mismatch', params: { detectedId: 'pledge-ledger', expectedId: 'mass-evaluation' } });
    expect(await submissionCount()).toBe(0);
  });

  it('refuses a file that is not a spreadsheet with the reader issue', async () => {
    const html = new TextEncoder().encode('<html><body>导出的网页</body></html>');
    const res = await call('POST', '/api/submissions', { token: TOKENS.a, body: fileForm(html, '台账.xlsx', slot) });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; details: { issues: { code: string; params: unknown }[] } } };
    expect(body.error.code).toBe('file/not-spreadsheet');
    expect(body.error.details.issues[0]).toMatchObject({ code: 'file/not-spreadsheet', params: { detected: 'html' } });
    expect(await submissionCount()).toBe(0);
  });

  it('refuses a zip bomb by its uncompressed size', async () => {
    const bomb = await zipBomb();
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const res = await call('POST', '/api/submissions', { token: TOKENS.a, body: fileForm(bomb, 'bomb.xlsx', slot) });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; details: { issues: { code: string; params: unknown }[] } } };
    expect(body.error.code).toBe('file/too-large');
    expect(body.error.details.issues[0]).toMatchObject({ code: 'file/too-large', params: { measure: 'uncompressed', limit: 100 * 1024 * 1024 } });
    expect(await submissionCount()).toBe(0);
  });

  it('answers 413 by Content-Length before reading', async () => {
    const declared = await call('POST', '/api/submissions', { token: TOKENS.a, body: 'x', headers: { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024 + 1) } });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ ok: false, error: { code: 'request/too-large', message: '上传内容超过 10 MB 的上限，请拆分或精简后重试', details: { limit: 10485760 } } });
  });

  // The worker cancels the upload at the cap, so workerd logs "Network connection lost" for the sending side; expected.
  it('answers 413 by counting a chunked body', async () => {

    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 11) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const chunked = await call('POST', '/api/submissions', { token: TOKENS.a, body: stream, headers: { 'content-type': 'application/json' } });
    expect(chunked.status).toBe(413);
    expect(((await chunked.json()) as { error: { code: string } }).error.code).toBe('request/too-large');
    expect(await submissionCount()).toBe(0);
  });

  it('answers 400 for malformed JSON and malformed multipart', async () => {
    const json = await call('POST', '/api/submissions', { token: TOKENS.a, body: '{"templateId": "pledge-ledger", ', headers: { 'content-type': 'application/json' } });
    expect(json.status).toBe(400);
    expect(await json.json()).toEqual({ ok: false, error: { code: 'request/malformed-json', message: '请求体不是合法的 JSON，请检查格式' } });

    const form = await call('POST', '/api/submissions', { token: TOKENS.a, body: 'not a form', headers: { 'content-type': 'multipart/form-data; boundary=xyz' } });
    expect(form.status).toBe(400);
    expect(((await form.json()) as { error: { code: string } }).error.code).toBe('request/malformed-form');

    const shape = await call('POST', '/api/submissions', { token: TOKENS.a, json: { templateId: 'pledge-ledger', period: '2026年上半年', grid: { sheets: [] } } });
    expect(shape.status).toBe(400);
    const body = (await shape.json()) as { error: { code: string; details: { path: string }[] } };
    expect(body.error.code).toBe('request/invalid');
    expect(body.error.details.map((d) => d.path).sort()).toEqual(['grid.sheets', 'grid.source', 'period']);
  });

  it('answers 404 for an unknown template or a period the office has not set', async () => {
    const unknownTemplate = await call('POST', '/api/submissions', { token: TOKENS.a, json: { templateId: 'no-such', period: '2026H1', grid: pledgeGrid(GOOD_ROWS) } });
    expect(unknownTemplate.status).toBe(404);
    expect(await unknownTemplate.json()).toEqual({ ok: false, error: { code: 'template/not-found', message: '未找到模板“no-such”' } });
    const unknownPeriod = await call('POST', '/api/submissions', { token: TOKENS.a, json: { templateId: 'pledge-ledger', period: '2026H2', grid: pledgeGrid(GOOD_ROWS) } });
    expect(unknownPeriod.status).toBe(404);
    expect(await unknownPeriod.json()).toEqual({ ok: false, error: { code: 'period/not-found', message: '模板“pledge-ledger”未设置报送期次“2026H2”，请联系机关党委' } });
  });
});
