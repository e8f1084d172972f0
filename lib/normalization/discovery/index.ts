/**
 * Functional dependencies found in data: a TANE-style search over a table's
 * sampled rows, offered as suggestions the user can declare. Pure; the sampling
 * from a live database is `lib/server/discovery`.
 */
export { discoverTableDependencies } from './discover';
export { declareDependency } from './declare-fix';
export { sampleConfidence } from './suggestion';
export type { SampleValue } from './encode';
export {
  DiscoveryOptions, type DataDependencySuggestion, type DeclareDependencyFix, type DiscoveryError,
  type DiscoveryOptionsInput, type SampleEvidence, type TableDiscovery, type TableSample,
} from './types';
