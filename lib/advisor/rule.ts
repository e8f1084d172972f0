import type { AdvisorContext } from './context';
import type { AdvisorFinding } from './findings';
import type { TablePlan } from './index-plan';

/** One advisor rule: a pure function of a table (with its index plan) and the document context. */
export type TableRule = (plan: TablePlan, ctx: AdvisorContext) => AdvisorFinding[];
