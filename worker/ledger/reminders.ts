import { calendarDaysBetween } from '../../templates/model/china-time.ts';
import { templateById } from '../../templates/catalog/index.ts';
import type { ReminderLine } from '../../templates/xlsx/write-reminders.ts';
import type { PeriodRecord } from '../db/periods.ts';
import type { UnitRecord } from '../db/units.ts';
import type { StatusCell } from './status-matrix.ts';

export type { ReminderLine };

/**
 * 催报名单 for one period: every expected slot the office still has to chase
 * (未报送, 已退回, 已拒收). `today` is the Beijing calendar day ('YYYY-MM-DD',
 * see chinaDate) so days overdue match what the unit sees. Lines follow the
 * unit list, then the ledgers in the period's (catalog) order, so one call
 * to a unit covers all it owes.
 */
export function reminderLines(cells: readonly StatusCell[], units: readonly UnitRecord[], periods: readonly PeriodRecord[], today: string): ReminderLine[] {
  const unitAt = new Map(units.map((u, i) => [u.code, { unit: u, rank: i }]));
  const periodAt = new Map(periods.map((p, i) => [p.templateId, { period: p, rank: i }]));
  const lines: { line: ReminderLine; unitRank: number; ledgerRank: number }[] = [];
  for (const cell of cells) {
    // Only states worth a phone call. 逾期报送 is deliberately left out: the
    // ledger was sent and counts, so nothing is left to chase (the board shows
    // it as late). 无需报送 (a parent unit's own slot) is never expected.
    const state = cell.state;
    if (state !== 'missing' && state !== 'returned' && state !== 'rejected') continue;
    if (!cell.expected) continue;
    const u = unitAt.get(cell.unitCode);
    const p = periodAt.get(cell.templateId);
    if (!u || !p) continue;
    lines.push({
      unitRank: u.rank,
      ledgerRank: p.rank,
      line: {
        unitCode: u.unit.code, unitName: u.unit.name, contactName: u.unit.contactName, contactPhone: u.unit.contactPhone,
        templateId: p.period.templateId, ledger: templateById(p.period.templateId)?.name ?? p.period.templateId, due: p.period.due,
        state, label: cell.label, daysOverdue: Math.max(0, calendarDaysBetween(p.period.due, today)),
        returnComment: state === 'returned' ? cell.returnComment : null,
      },
    });
  }
  return lines.sort((a, b) => a.unitRank - b.unitRank || a.ledgerRank - b.ledgerRank).map((l) => l.line);
}
