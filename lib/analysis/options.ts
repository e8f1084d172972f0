import { z } from 'zod';
import { AdvisorOptions } from '../advisor/options';
import { CATEGORIES } from './types';

/**
 * What the caller may tune, validated the same way for the API body and the CLI
 * flags: which categories to report, the key-search bound of the normalization
 * check, and the advisor's thresholds.
 */
export const AnalysisOptions = z.strictObject({
  /** Report only these categories (default: all). */
  only: z.array(z.enum(CATEGORIES, { error: `a category is one of ${CATEGORIES.join(', ')}` }))
    .min(1, 'only names at least one category').optional(),
  /** Bound on candidate keys per table; past it the key search stops and says so. */
  keyLimit: z.number().int().min(1).max(100_000).optional(),
  advisor: AdvisorOptions.optional(),
});
export type AnalysisOptions = z.infer<typeof AnalysisOptions>;
export type AnalysisOptionsInput = z.input<typeof AnalysisOptions>;
