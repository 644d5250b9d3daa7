import { z } from '@hono/zod-openapi';
import { reportSchema } from '../../templates/model/issue.ts';

/** Shapes shared by several routes, registered once so the OpenAPI document names them. */

export const errorEnvelopeSchema = z
  .object({
    ok: z.literal(false),
    error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
  })
  .openapi('ErrorEnvelope');

export const reportRef = reportSchema.openapi('Report');

const cellValue = z.union([z.string(), z.number(), z.boolean()]);

/** templates/model/grid.ts as zod: what the add-in sends from Office.js. */
export const gridSchema = z
  .object({
    sheets: z.array(
      z.object({
        name: z.string(),
        values: z.array(z.array(cellValue)),
        numberFormats: z.array(z.array(z.string())).optional(),
        origin: z.object({ row: z.number().int().min(0), col: z.number().int().min(0) }).optional(),
        merges: z.array(z.string()).optional(),
        hidden: z.boolean().optional(),
      }),
    ).min(1),
    source: z.object({ kind: z.enum(['file', 'workbook']), name: z.string() }),
    identity: z.string().optional(),
  })
  .openapi('Grid');

export const periodCodeSchema = z.string().regex(/^\d{4}(H[12]|M(0[1-9]|1[0-2]))?$/, '期次代码应为 2026H1、2026H2、2026M07 或 2026');
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

/** Responses every authenticated route may give; handlers throw them, `errorResponse` renders them. */
export const errorResponses = (...statuses: (400 | 401 | 403 | 404 | 409 | 413 | 422)[]) =>
  Object.fromEntries(
    statuses.map((s) => [s, { description: ERROR_TEXT[s], content: { 'application/json': { schema: errorEnvelopeSchema } } }]),
  );

const ERROR_TEXT = {
  400: '请求格式错误', 401: '缺少或无效的访问令牌', 403: '无权调用本接口', 404: '未找到', 409: '状态冲突',
  413: '上传内容过大', 422: '校验未通过（details 为校验报告）',
} as const;

export const bearerSecurity = [{ bearer: [] as string[] }];
