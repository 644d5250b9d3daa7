import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueMessage } from '../../templates/messages/zh.ts';
import type { Issue, Report } from '../../templates/model/issue.ts';
import { call, fileForm, filledPledgeXlsx, GOOD_ROWS, pledgeGrid, seedWorld, TOKENS, type PledgeRow } from './helpers.ts';

beforeAll(() => seedWorld());

const BAD_ROWS: PledgeRow[] = [
  ...GOOD_ROWS,
  ['群众', '李四', '第一党支部', '服务承诺', '热情服务', '每周处理', '下个月', '已完成', '', '很满意'],
];

/** Every issue carries the renderer's Chinese text for its own data, and nothing else differs. */
function expectMessages(issues: Issue[]): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    const { message, ...data } = issue;
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(message).toBe(issueMessage(data));
  }
}

describe('reports in API responses carry the Chinese message of every issue', () => {
  it('POST /api/validate, from a grid and from a file', async () => {
    const fromGrid = await call('POST', '/api/validate', { token: TOKENS.a, json: { grid: pledgeGrid(BAD_ROWS) } });
    expect(fromGrid.status).toBe(200);
    const gridReport = ((await fromGrid.json()) as { report: Report }).report;
    expect(gridReport.issues.map((i) => i.code)).toEqual(['cell/enum', 'cell/date', 'cell/enum', 'row/required-when', 'row/not-measurable']);
    expectMessages(gridReport.issues);
    expect(gridReport.issues[1]).toMatchObject({ cell: 'H7', message: '无法识别“下个月”，请填写日期，如 2026-07-15。' });

    const fromFile = await call('POST', '/api/validate', { token: TOKENS.a, body: fileForm(await filledPledgeXlsx(BAD_ROWS), '承诺.xlsx') });
    expect(fromFile.status).toBe(200);
    expectMessages(((await fromFile.json()) as { report: Report }).report.issues);
  });

  it('a refusal (422) carries the message in its report too', async () => {
    const res = await call('POST', '/api/validate', { token: TOKENS.a, json: { templateId: 'golden-ideas', grid: pledgeGrid(GOOD_ROWS) } });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; message: string; details: Report } };
    expect(body.error.code).toBe('template/mismatch');
    expectMessages(body.error.details.issues);
    expect(body.error.details.issues[0]!.message).toBe(body.error.message);
  });

  it('POST /api/submissions and GET /api/submissions/{id}; the stored report keeps data only', async () => {
    const sent = await call('POST', '/api/submissions', { token: TOKENS.a, json: { templateId: 'pledge-ledger', period: '2026H1', grid: pledgeGrid(BAD_ROWS) } });
    expect(sent.status).toBe(201);
    const { submission, report } = (await sent.json()) as { submission: { id: string }; report: Report };
    expectMessages(report.issues);

    const got = await call('GET', `/api/submissions/${submission.id}`, { token: TOKENS.a });
    expect(got.status).toBe(200);
    const again = ((await got.json()) as { report: Report }).report;
    expectMessages(again.issues);
    expect(again.issues).toEqual(report.issues);

    const stored = await env.DB.prepare('SELECT report FROM submissions WHERE id = ?').bind(submission.id).first<{ report: string }>();
    expect((JSON.parse(stored!.report) as Report).issues.some((i) => 'message' in i)).toBe(false);
  });
});
