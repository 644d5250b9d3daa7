import { z } from '@hono/zod-openapi';

/** A reviewing unit; null stands for the 机关党委 (the organisation's admin). */
export const reviewerRefSchema = z
  .object({ unitCode: z.string(), name: z.string() })
  .nullable()
  .openapi('ReviewerRef', { description: '审核或退回的单位；null 表示机关党委' });

export const reviewSchema = z.enum(['pending', 'approved']).nullable().openapi({ description: '逐级审核：null 无需审核，pending 待审核，approved 审核通过' });

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
    review: reviewSchema,
    returnedBy: reviewerRefSchema.openapi({ description: '退回的单位；机关党委退回或未退回时为 null' }),
  })
  .openapi('Submission');

export const reviewEventSchema = z
  .object({
    action: z.enum(['approve', 'return']),
    by: reviewerRefSchema,
    at: z.string(),
    comment: z.string().nullable(),
  })
  .openapi('ReviewEvent');

/** A version as GET /api/submissions lists it: with its approvals and returns, so a slot's history needs no further request. */
export const listedSubmissionSchema = submissionSchema
  .extend({ reviewEvents: z.array(reviewEventSchema).openapi({ description: '审核记录（审核通过、退回：谁、何时、意见），按时间先后；与 GET /api/submissions/{id} 的相同' }) })
  .openapi('ListedSubmission');
