export { discoverFromDatabase, type DiscoveryReport, type TableDiscoveryReport } from './discover-live';
export { discoverOnTarget } from './on-target';
export { LiveDiscoveryOptions, type LiveDiscoveryOptionsInput } from './options';
export type { ColumnHandling, ColumnPlan } from './live-columns';
export type { SampleMethod } from './sample';
