import { z } from '@hono/zod-openapi';

const count = z.number().int().min(0).max(1_000_000);

export const unitCodeSchema = z.string().trim().min(1).max(64);

export const unitFieldsSchema = z.object({
  name: z.string().trim().min(1).max(200),
  parentCode: unitCodeSchema.nullable().optional(),
  members: count.default(0),
  teams: count.default(0),
  branches: count.default(0),
});

export const unitSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    parentCode: z.string().nullable(),
    members: z.number().int(),
    teams: z.number().int(),
    branches: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Unit');
