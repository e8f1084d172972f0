import { z } from 'zod';

/** Options of a discovery run against a database, as the API and the CLI take them. */
export const LiveDiscoveryOptions = z.strictObject({
  /** Table ids to sample; all tables of the diagram when absent. */
  tableIds: z.array(z.string().min(1)).optional(),
  /** Rows per table. */
  sampleSize: z.number().int().min(10).max(200_000).default(10_000),
  maxError: z.number().min(0).max(0.5).default(0.01),
  maxLhs: z.number().int().min(1).max(4).default(3),
  seed: z.number().int().min(0).max(1_000_000).default(42),
  /** Per-query limit, so a sample never holds a production database for long. */
  statementTimeoutMs: z.number().int().min(100).max(600_000).default(30_000),
});
export type LiveDiscoveryOptions = z.infer<typeof LiveDiscoveryOptions>;
export type LiveDiscoveryOptionsInput = z.input<typeof LiveDiscoveryOptions>;
