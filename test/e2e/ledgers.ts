import type { Grid } from '../../templates/model/grid.ts';
import { filledPledgeXlsx as sharedFilledPledgeXlsx, pledgeGrid as sharedPledgeGrid, type PledgeRow } from '../fixtures/pledge-ledger.ts';

export type { PledgeRow };

export const UNIT = { code: 'FGW', name: '市发展改革委机关党委' } as const;

export const GOOD_ROWS: PledgeRow[] = [
  ['党组织', '第一党支部', '第一党支部', '实事承诺', '为社区办实事5件', '结对共建', '2026-06-30', '已完成', '2026-06-15', '满意'],
  ['党员', '张三', '第一党支部', '服务承诺', '办结来信30件', '每周处理', '2026-06-30', '推进中', '', ''],
  ['党员', '李四', '第一党支部', '实事承诺', '走访群众20户', '每月走访', '2026-05-31', '已完成', '2026-05-20', '满意'],
];

/**
 * The same three rows as staff really type them: a date in words (H6), an
 * enum variant that is not on the list (E7), a required cell left empty (F7).
 */
export const MESSY_ROWS: PledgeRow[] = [
  GOOD_ROWS[0]!,
  ['党员', '张三', '第一党支部', '服务承诺', '办结来信30件', '每周处理', '下个月', '推进中', '', ''],
  ['党员', '李四', '第一党支部', '其他承诺', '', '每月走访', '2026-05-31', '已完成', '2026-05-20', '满意'],
];

/** The ledger as a filled file, and as the open workbook the task pane reads. */
export const filledPledgeXlsx = (rows: PledgeRow[]): Promise<Uint8Array> => sharedFilledPledgeXlsx(rows, UNIT);
export const pledgeGrid = (rows: PledgeRow[]): Grid => sharedPledgeGrid(rows, UNIT);
