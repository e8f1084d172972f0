import { advisorFinding } from '../findings';
import type { TableRule } from '../rule';
import { sameClauses, sameKey, type IndexShape } from '../shapes';

/**
 * INDEX_DUPLICATE: two indexes with the same method, keys (order, nulls,
 * operator class) and predicate. Every write maintains both; reads use one.
 * The fix drops a plain index and never a constraint's index (it enforces
 * something); when both are constraints, the finding has no fix.
 */
export const duplicateIndex: TableRule = ({ table, shapes }) => {
  const findings = [];
  for (let i = 0; i < shapes.length; i++) {
    for (let j = i + 1; j < shapes.length; j++) {
      const [a, b] = [shapes[i]!, shapes[j]!];
      if (!identical(a, b)) continue;
      // Keep the one that enforces something (constraint, unique), else the first declared.
      const drop = b.source === 'index' && !(b.unique && !a.unique) ? b : a.source === 'index' ? a : null;
      const keep = drop === a ? b : a;
      findings.push(advisorFinding({
        code: 'INDEX_DUPLICATE', category: 'index', severity: 'warning', tableId: table.id,
        columnIds: a.keys.flatMap((k) => (k.columnId ? [k.columnId] : [])), objectId: drop?.objectId ?? b.objectId,
        message: `${describe(b)} duplicates ${describe(a)} on ${table.name}.`,
        reason: 'Both have the same method, keys and predicate, so the planner can only ever use one of them, while every INSERT, UPDATE of a key column and DELETE maintains both and VACUUM scans both.',
        fix: drop?.objectId ? { kind: 'drop_index', tableId: table.id, indexId: drop.objectId, description: `Drop index ${drop.name}; ${describe(keep)} stays` } : null,
      }));
    }
  }
  return findings;
};

function identical(a: IndexShape, b: IndexShape): boolean {
  return a.method === b.method && a.keys.length === b.keys.length && a.keys.every((k, i) => sameKey(k, b.keys[i]!)) && sameClauses(a.clauses, b.clauses);
}

export function describe(shape: IndexShape): string {
  return shape.source === 'primary_key' ? 'the primary key' : shape.source === 'unique' ? `unique constraint ${shape.name}` : `index ${shape.name}`;
}
