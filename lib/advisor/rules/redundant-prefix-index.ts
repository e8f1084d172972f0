import { advisorFinding } from '../findings';
import type { TableRule } from '../rule';
import { sameClauses, sameKey } from '../shapes';
import { describe } from './duplicate-index';

/**
 * INDEX_REDUNDANT_PREFIX: a plain B-tree whose keys are a strict left prefix of
 * another B-tree with the same predicate. Any query that can use (a) can use
 * (a, b), so (a) only costs writes. Unique indexes and constraints are never
 * redundant this way: they enforce uniqueness of exactly their columns.
 */
export const redundantPrefixIndex: TableRule = ({ table, shapes }) => shapes.flatMap((short) => {
  if (short.source !== 'index' || short.unique || short.method !== 'btree' || short.include.length > 0) return [];
  const long = shapes.find((other) => other !== short && other.method === 'btree' && other.keys.length > short.keys.length
    && short.keys.every((k, i) => sameKey(k, other.keys[i]!)) && sameClauses(short.clauses, other.clauses));
  if (!long) return [];
  return [advisorFinding({
    code: 'INDEX_REDUNDANT_PREFIX', category: 'index', severity: 'warning', tableId: table.id,
    columnIds: short.keys.flatMap((k) => (k.columnId ? [k.columnId] : [])), objectId: short.objectId,
    message: `${describe(short)} on ${table.name} is a left prefix of ${describe(long)}.`,
    reason: `Every query that can use ${short.name} can use ${long.name} (a B-tree is searched from its first key), so ${short.name} only adds write and VACUUM work. It is slightly smaller, which rarely matters.`,
    fix: { kind: 'drop_index', tableId: table.id, indexId: short.objectId!, description: `Drop index ${short.name}; ${long.name} serves the same lookups` },
  })];
});
