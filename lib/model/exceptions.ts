import { z } from 'zod';
import { Id } from './ids';

/**
 * A finding the team decided to live with: a denormalization, a lint rule or an
 * advisor flag. The rule "denormalize only with a written justification" is
 * enforced by the minimum length; evidence (an EXPLAIN ANALYZE plan, a benchmark)
 * is optional but travels with the document into the exported documentation.
 */
export const AcceptedException = z.strictObject({
  id: Id,
  /** The stable code of the finding, e.g. `NF3_TRANSITIVE_DEPENDENCY`. */
  code: z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/),
  subject: z.strictObject({
    tableId: Id.nullable().default(null),
    columnIds: z.array(Id).default([]),
    objectId: Id.nullable().default(null),
  }),
  justification: z.string().trim().min(20, 'a justification is at least 20 characters: say why this is acceptable'),
  evidence: z.string().max(100_000).default(''),
  createdAt: z.iso.datetime().nullable().default(null),
  author: z.string().max(200).nullable().default(null),
});
export type AcceptedException = z.infer<typeof AcceptedException>;
