import { $, createRoute, z } from '@hono/zod-openapi';
import { chinaDate } from '../../templates/model/china-time.ts';
import { periodRange } from '../../templates/model/period.ts';
import { writeReminders } from '../../templates/xlsx/write-reminders.ts';
import type { Caller } from '../app-env.ts';
import { requireAuth } from '../auth/require-auth.ts';
import { createRouter } from '../http/router.ts';
import { bearerSecurity, errorResponses, periodCodeSchema } from '../http/schemas.ts';
import { chineseDate, reminderNotice } from '../ledger/reminder-notice.ts';
import { reminderLines, type ReminderLine } from '../ledger/reminders.ts';
import { loadBoard } from '../ledger/load-board.ts';
import { attachment } from './templates.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const query = z.object({ period: periodCodeSchema });

const lineSchema = z
  .object({
    unitCode: z.string(), unitName: z.string(), contactName: z.string().nullable(), contactPhone: z.string().nullable(),
    templateId: z.string(), ledger: z.string(), due: z.string(),
    state: z.enum(['missing', 'returned', 'rejected']), label: z.string(),
    daysOverdue: z.number().int().openapi({ description: '截止日期后已过的天数（北京时间），未到截止日期为 0' }),
    returnComment: z.string().nullable(),
  })
  .openapi('ReminderLine');

const jsonRoute = createRoute({
  method: 'get', path: '/reminders', summary: '催报名单：未报送、已退回、已拒收的单位和台账，附联系人和可直接复制的通知', security: bearerSecurity,
  middleware: [requireAuth('admin', 'reviewer')] as const,
  request: { query },
  responses: {
    200: {
      description: '逾期报送的台账已报送，不列入催报',
      content: {
        'application/json': {
          schema: z.object({ period: z.object({ code: z.string(), label: z.string() }), today: z.string(), lines: z.array(lineSchema), notice: z.string() }),
        },
      },
    },
    ...errorResponses(400, 401, 403, 404),
  },
});

const xlsxRoute = createRoute({
  method: 'get', path: '/reminders.xlsx', summary: '催报名单（.xlsx）', security: bearerSecurity,
  middleware: [requireAuth('admin', 'reviewer')] as const,
  request: { query },
  responses: { 200: { description: '催报名单工作簿', content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } } }, ...errorResponses(400, 401, 403, 404) },
});

/** The office's whole organisation, or a reviewer's subtree (caller.scope). */
async function loadReminders(db: D1Database, caller: Caller, period: string, now: Date): Promise<{ label: string; today: string; lines: ReminderLine[] }> {
  const { units, periods, cells } = await loadBoard(db, caller.org, period, caller.scope);
  const today = chinaDate(now);
  return { label: periodRange(period)?.label ?? period, today, lines: reminderLines(cells, units, periods, today) };
}

const countText = (lines: readonly ReminderLine[]): string =>
  (['未报送', '已退回', '已拒收'] as const).map((label) => `${label} ${lines.filter((l) => l.label === label).length} 项`).join('、');

/** Mounted at /api/admin; auth is per route for the same reason as the summary routes. */
export const adminReminders = $(createRouter())
  .openapi(jsonRoute, async (c) => {
    const { period } = c.req.valid('query');
    const { label, today, lines } = await loadReminders(c.env.DB, c.var.caller, period, new Date());
    return c.json({ period: { code: period, label }, today, lines, notice: reminderNotice(label, lines, today) }, 200);
  })
  .openapi(xlsxRoute, async (c) => {
    const { period } = c.req.valid('query');
    const now = new Date();
    const { label, today, lines } = await loadReminders(c.env.DB, c.var.caller, period, now);
    const bytes = await writeReminders(`${label}党建台账催报名单`, `截至${chineseDate(today)}：${countText(lines)}（逾期报送的已报送，不列入）`, lines, now);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': XLSX,
      'Content-Disposition': attachment(`reminders-${period}.xlsx`, `催报名单-${label}.xlsx`),
      'Cache-Control': 'private, no-store',
    });
  });
