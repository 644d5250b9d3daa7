import { describe, expect, it } from 'vitest';
import type { PeriodRecord } from '../../worker/db/periods.ts';
import type { SubmissionRecord } from '../../worker/db/submissions.ts';
import type { UnitRecord } from '../../worker/db/units.ts';
import { statusMatrix } from '../../worker/ledger/status-matrix.ts';

const unit = (code: string, parentCode: string | null): UnitRecord => ({
  code, name: code, parentCode, members: 10, teams: 1, branches: 1, contactName: null, contactPhone: null, createdAt: '', updatedAt: '',
});
const period: PeriodRecord = { templateId: 'pledge-ledger', code: '2026H1', opens: '2026-01-01', due: '2026-07-15', createdAt: '', updatedAt: '' };
const sub = (unitCode: string, version: number, status: SubmissionRecord['status'], late = false): SubmissionRecord => ({
  // Lateness is judged from submittedAt against the period's due date (07-15), not from the stored flag.
  id: `${unitCode}-${version}`, unitCode, templateId: 'pledge-ledger', periodCode: '2026H1', version,
  submittedAt: late ? '2026-07-20T02:00:00Z' : '2026-07-01T00:00:00Z',
  submittedBy: 't', sha256: '', source: 'grid', fileName: '', hasFile: false, status, late: !late, errors: status === 'rejected' ? 2 : 0,
  warnings: 0, rowCount: 1, rowsRead: 1, nilReturn: false, returnComment: status === 'returned' ? '请补充' : null, returnedAt: null, review: null, returnedBy: null,
});

describe('statusMatrix', () => {
  it('expects only units without sub-units, like the summary', () => {
    const units = [unit('ROOT', null), unit('DEPT', 'ROOT'), unit('B1', 'DEPT'), unit('B2', 'DEPT'), unit('B3', 'DEPT'), unit('B4', 'DEPT'), unit('B5', 'DEPT')];
    const cells = statusMatrix(units, [period], [
      sub('B1', 1, 'accepted'),
      sub('B2', 1, 'accepted_with_warnings', true),
      sub('B3', 1, 'returned'),
      sub('B4', 1, 'accepted'), sub('B4', 2, 'rejected'),
      sub('DEPT', 1, 'accepted'),
      sub('B5', 1, 'rejected'), sub('B5', 2, 'rejected'),
    ]);
    expect(cells.map((c) => [c.unitCode, c.label, c.version])).toEqual([
      ['ROOT', '无需报送', null],
      ['DEPT', '按时报送', 1],
      ['B1', '按时报送', 1],
      ['B2', '逾期报送', 1],
      ['B3', '已退回', 1],
      ['B4', '按时报送', 1],
      // Only rejected uploads: 已拒收, as in the summary (nothing counts, but the unit tried).
      ['B5', '已拒收', null],
    ]);
    expect(cells.find((c) => c.unitCode === 'B4')?.rejectedAfter).toEqual({ id: 'B4-2', version: 2, errors: 2 });
  });

  it('calls a leaf unit with nothing 未报送', () => {
    expect(statusMatrix([unit('B1', null)], [period], []).map((c) => c.state)).toEqual(['missing']);
  });
});
