import { z } from '@hono/zod-openapi';

/** The request side is templates/units/unit-fields.ts, shared with the 单位名单 import. */
export { unitCodeSchema, unitFieldsSchema } from '../../templates/units/unit-fields.ts';

export const unitSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    parentCode: z.string().nullable(),
    members: z.number().int(),
    teams: z.number().int(),
    branches: z.number().int(),
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Unit');
