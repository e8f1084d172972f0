import { z } from 'zod';

/** How much data to generate. The defaults suit a laptop sandbox: seconds to a minute per template. */
export const SyntheticOptions = z.strictObject({
  seed: z.number().int().min(0).max(2_147_483_647).default(1),
  /** Fraction of each table's declared `volume.rows` to generate. */
  scale: z.number().positive().max(10).default(0.01),
  /** Cap per table. */
  maxRows: z.number().int().min(1).max(50_000_000).default(200_000),
  /** Cap for tables with vector columns: each row carries hundreds of floats. */
  maxVectorRows: z.number().int().min(1).max(10_000_000).default(20_000),
  /** Declared rows assumed for a table without a volume. */
  undeclaredRows: z.number().int().min(0).default(10_000),
  /** Floor per table (when its declared volume is not zero), so children always find parents. */
  minRows: z.number().int().min(0).default(10),
  /** Rows per INSERT statement: progress is reported between them. */
  chunkRows: z.number().int().min(1).default(50_000),
  /** "Now" for time columns (ISO date or timestamp); default: the start of today, UTC. */
  now: z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, 'an ISO date such as 2026-05-01').optional(),
});
export type SyntheticOptions = z.infer<typeof SyntheticOptions>;
export type SyntheticOptionsInput = z.input<typeof SyntheticOptions>;
