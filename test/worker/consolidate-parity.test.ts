import { beforeAll, describe, expect, it } from 'vitest';
import { consolidateFiles } from '../../templates/consolidate-files.ts';
import { periodRange } from '../../templates/model/period.ts';
import type { Summary } from '../../templates/summary/index.ts';
import { filledPledgeXlsx } from '../fixtures/pledge-ledger.ts';
import { call, fileForm, GOOD_ROWS, seedWorld, TOKENS, type PledgeRow } from './helpers.ts';

const ledger = (unitCode: string, unitName: string, rows: PledgeRow[]) => filledPledgeXlsx(rows, { code: unitCode, name: unitName });

const FILES: { unit: 'A' | 'B'; name: string; unitName: string; rows: PledgeRow[] }[] = [
  {
    unit: 'A', name: '发改委-承诺践诺台账.xlsx', unitName: '市发展改革委机关党委',
    rows: [...GOOD_ROWS, ['党员', '李四', '第二党支部', '实事承诺', '帮扶困难户3户', '结对帮扶', '2026-05-31', '未完成', '', '不满意']],
  },
  // Errors: 已拒收 on both paths, rows not counted.
  { unit: 'B', name: '统计局-承诺践诺台账.xlsx', unitName: '市统计局机关党委', rows: [['党员', '赵六', '第一党支部', '服务承诺', '走访10户', '走访', '下个月', '推进中', '', '']] },
];

/** The figures, without what only the service knows (when and as which version a file arrived). */
const figures = (s: Summary) =>
  JSON.parse(JSON.stringify(s, (key, value) => (['submittedAt', 'version', 'source'].includes(key) ? undefined : value)));

describe('the consolidate CLI and the service', () => {
  let service: Summary;
  let bytes: Map<string, Uint8Array>;
  beforeAll(async () => {
    await seedWorld();
    bytes = new Map();
    for (const f of FILES) {
      const b = await ledger(f.unit, f.unitName, f.rows);
      bytes.set(f.name, b);
      const res = await call('POST', '/api/submissions', {
        token: f.unit === 'A' ? TOKENS.a : TOKENS.b,
        body: fileForm(b, f.name, { templateId: 'pledge-ledger', period: '2026H1' }),
      });
      expect(res.status).toBe(201);
    }
    const res = await call('GET', '/api/admin/summary?period=2026H1', { token: TOKENS.admin });
    expect(res.status).toBe(200);
    service = (await res.json()) as Summary;
  });

  it('give the same figures for the same files', async () => {
    const units = await (await call('GET', '/api/admin/units', { token: TOKENS.admin })).json() as { units: { code: string; name: string; parentCode: string | null; members: number; teams: number; branches: number }[] };
    const offline = consolidateFiles(
      FILES.map((f) => ({ name: f.name, bytes: bytes.get(f.name)!, modified: '2026-07-10' })),
      {
        period: periodRange('2026H1')!, today: service.generatedOn, due: '2099-07-15', templates: ['pledge-ledger'],
        units: units.units.map(({ parentCode, ...u }) => ({ ...u, parent: parentCode })),
      },
    );
    expect(offline.refused).toEqual([]);
    expect(service.pledges.total).toMatchObject({ pledges: 3 });
    expect(figures(offline.summary!)).toEqual(figures(service));
  });
});
