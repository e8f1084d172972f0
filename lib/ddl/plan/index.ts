export { planMigration } from './plan';
export type { MigrationPlan, PlanOptions, PlanStep, PlanUnit, StageName } from './types';
export { isConstantDefault } from './defaults';
export { notImmutableReason } from '../immutability';
export { isRewritingTypeChange } from './rewrite';
