import { partitionChoice } from '../partition-choice';
import { partitionFinding } from '../partition-finding';
import type { TableRule } from '../rule';

/** See `partition-choice.ts` for when range partitioning is the advice, and `partition-finding.ts` for the fix. */
export const partitionByTimeRange: TableRule = ({ table }, ctx) => {
  const choice = partitionChoice(table, ctx);
  return choice?.strategy === 'range' ? [partitionFinding(table, choice, ctx)] : [];
};
