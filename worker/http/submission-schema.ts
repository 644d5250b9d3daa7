import { z } from '@hono/zod-openapi';

export const submissionSchema = z
  .object({
    id: z.string(),
    unitCode: z.string(),
    templateId: z.string(),
    periodCode: z.string(),
    version: z.number().int(),
    submittedAt: z.string(),
    submittedBy: z.string(),
    sha256: z.string(),
    source: z.enum(['file', 'grid']),
    fileName: z.string(),
    hasFile: z.boolean(),
    status: z.enum(['accepted', 'accepted_with_warnings', 'rejected', 'returned']),
    late: z.boolean(),
    errors: z.number().int(),
    warnings: z.number().int(),
    rowCount: z.number().int(),
    rowsRead: z.number().int(),
    nilReturn: z.boolean(),
    returnComment: z.string().nullable(),
    returnedAt: z.string().nullable(),
  })
  .openapi('Submission');
