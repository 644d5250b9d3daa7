import { describe, expect, it } from 'vitest';
import { ADMIN_TARGET, issueBody, issueTargets, revokeQuestion, tokenRows, unitsWithoutToken, type TokenView } from '../../../addin/src/pane/token-setup.ts';

const UNITS = [{ code: 'A', name: '市发改委机关党委' }, { code: 'B', name: '市统计局机关党委' }, { code: 'C', name: '市财政局机关党委' }];
const token = (id: string, kind: 'admin' | 'unit', unitCode: string | null, createdAt: string, revokedAt: string | null = null): TokenView =>
  ({ id, kind, unitCode, label: unitCode ?? '管理员', createdAt, revokedAt });
const TOKENS = [
  token('t1', 'unit', 'A', '2026-01-01T00:00:00.000Z', '2026-02-01T02:00:00.000Z'),
  token('t2', 'unit', 'B', '2026-01-02T00:00:00.000Z'),
  token('t3', 'admin', null, '2026-01-03T00:00:00.000Z'),
  token('t4', 'unit', 'GONE', '2026-01-04T00:00:00.000Z'),
];

describe('token setup', () => {
  it('offers the admin and every unit, and builds the body for each', () => {
    expect(issueTargets(UNITS.slice(0, 1))).toEqual([{ value: ADMIN_TARGET, text: '机关党委（管理员令牌）' }, { value: 'A', text: '市发改委机关党委（A）' }]);
    expect(issueBody(ADMIN_TARGET, '  ')).toEqual({ kind: 'admin' });
    expect(issueBody('B', ' 王芳 ')).toEqual({ kind: 'unit', unitCode: 'B', label: '王芳' });
  });

  it('counts a unit whose only token was revoked as without a token', () => {
    expect(unitsWithoutToken(UNITS, TOKENS).map((u) => u.code)).toEqual(['A', 'C']);
  });

  it('lists working tokens first, newest first, in China time, and asks before revoking', () => {
    const rows = tokenRows(TOKENS, UNITS);
    expect(rows.map((r) => [r.id, r.who, r.issued, r.state])).toEqual([
      ['t4', '（单位已不在名单中）（GONE）', '2026-01-04 08:00', '有效'],
      ['t3', '机关党委（管理员）', '2026-01-03 08:00', '有效'],
      ['t2', '市统计局机关党委（B）', '2026-01-02 08:00', '有效'],
      ['t1', '市发改委机关党委（A）', '2026-01-01 08:00', '已收回（2026-02-01 10:00）'],
    ]);
    expect(revokeQuestion(rows[2]!)).toBe('确认收回“市统计局机关党委（B）”的令牌（B，2026-01-02 08:00 签发）？收回后立即失效，无法恢复；该单位需要新的令牌才能继续报送。');
    expect(revokeQuestion(rows[1]!)).toContain('如果这是您现在使用的令牌，收回后本页面也将无法继续使用。');
  });
});
