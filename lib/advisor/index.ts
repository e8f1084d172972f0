/**
 * The design advisor: index, partitioning and type advice derived statically
 * from the declared access patterns and volumes, the roles migration, and the
 * helpers that prove index advice with EXPLAIN (pattern queries, plan summaries).
 * Pure: no I/O, runs in the browser, the server and the CLI.
 */
export * from './findings';
export * from './options';
export * from './proposals';
export { adviseDocument, ADVISOR_RULES, type AdvisorResult, type AdvisorSummary } from './advise';
export { applyAdvisorFix, type FixError } from './fix';
export { previewFix } from './preview';
export { applyDismissals } from './exceptions';
export { estimateRowBytes, projectSize, formatBytes, type SizeProjection } from './size';
export { patternQuery, type PatternParam } from './pattern-query';
export { summarizePlan, type PlanNode, type PlanSummary } from './plan-summary';
export { rolesMigration, type RolesMigration, type RolesOptions } from './roles/roles-migration';
