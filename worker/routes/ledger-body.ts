import { z } from '@hono/zod-openapi';
import { gridSchema, periodCodeSchema } from '../http/schemas.ts';

/** Request bodies of /api/validate and /api/submissions: a file (multipart) or a grid (JSON). */
export const ledgerBodyContent = (slot: 'optional' | 'required') => {
  const templateId = slot === 'required' ? z.string().min(1) : z.string().min(1).optional();
  const period = slot === 'required' ? periodCodeSchema : periodCodeSchema.optional();
  return {
    'multipart/form-data': {
      schema: z.object({
        file: z.instanceof(File).openapi({ type: 'string', format: 'binary', description: '填好的 .xlsx 台账' }),
        templateId,
        period,
      }),
    },
    'application/json': {
      schema: z.object({ grid: gridSchema, templateId, period }),
    },
  };
};
