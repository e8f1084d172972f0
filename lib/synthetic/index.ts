/**
 * Synthetic, production-like rows for a diagram: set-based INSERT statements
 * planned from the declared volumes, types, checks, keys and access patterns.
 * Pure: no I/O; `lib/server/rehearsal` runs the statements.
 */
export { planSyntheticData, type SyntheticPlan, type SyntheticTablePlan } from './plan';
export { SyntheticOptions, type SyntheticOptionsInput } from './options';
export { boundsFromChecks, type ColumnBounds } from './checks';
export type { ColumnStrategy } from './table-plan';
