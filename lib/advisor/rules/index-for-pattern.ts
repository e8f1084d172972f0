import { describeIndex } from '../design';
import { advisorFinding } from '../findings';
import type { TableRule } from '../rule';

/** INDEX_FOR_PATTERN: a declared access pattern that no index serves, with the proposed index as the fix. */
export const indexForPattern: TableRule = ({ table, proposals }) => proposals.map((p) => {
  const names = p.patternIds.map((id) => `"${table.accessPatterns.find((a) => a.id === id)!.name}"`).join(', ');
  const keyColumns = p.index.keys.flatMap((k) => (k.columnId !== null ? [k.columnId] : []));
  const small = table.volume !== null && table.volume.rows + table.volume.growthPerMonth * 12 < 10_000;
  return advisorFinding({
    code: 'INDEX_FOR_PATTERN', category: 'index', severity: small ? 'info' : 'warning', tableId: table.id,
    columnIds: keyColumns, patternIds: p.patternIds,
    message: `No index serves ${names} on ${table.name}: add ${p.index.name} ${describeIndex(table, p.index)}.`,
    reason: p.reasons.join(' '), fix: p.fix,
  });
});
