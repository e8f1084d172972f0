import { partitionChoice } from '../partition-choice';
import { partitionFinding } from '../partition-finding';
import type { TableRule } from '../rule';

/** See `partition-choice.ts` for when hash partitioning is the advice, and `partition-finding.ts` for the fix. */
export const partitionByTenantHash: TableRule = ({ table }, ctx) => {
  const choice = partitionChoice(table, ctx);
  return choice?.strategy === 'hash' ? [partitionFinding(table, choice, ctx)] : [];
};
