import { vectorKeyOpclass } from '../ddl/table-rules';
import type { Table } from '../model/table';
import type { IndexKey } from '../model/table-parts';
import { predicateImplied } from './predicates';
import type { Requirement, TailKey } from './requirement';
import { effectiveNulls, normalizeExpression, type IndexShape } from './shapes';

/**
 * Whether an index (existing or proposed) serves an access pattern's requirement.
 * A B-tree serves it when its leading keys are the equality columns in any order
 * (columns the pattern fixes to a constant may be among them), followed by the
 * range/sort columns in the order the pattern needs (or all reversed, which a
 * backward scan reads), and its predicate, if any, is implied by the pattern.
 * A unique index whose every key is fixed by the pattern serves it too: it finds
 * at most one row.
 */
export function serves(shape: IndexShape, req: Requirement, table: Table): boolean {
  if (!predicateImplied(shape.clauses, 'clauses' in req ? req.clauses : [])) return false;
  switch (req.kind) {
    case 'btree': return servesBtree(shape, req);
    case 'gin': return shape.method === 'gin' && sameTarget(shape.keys[0]!, req) && ginOpclassServes(shape.keys[0]!.opclass, req.opclass);
    case 'brin': return (shape.method === 'brin' || shape.method === 'btree') && shape.keys[0]!.columnId === req.columnId;
    case 'vector': return (shape.method === 'hnsw' || shape.method === 'ivfflat') && sameTarget(shape.keys[0]!, req)
      && (shape.keys[0]!.opclass ?? vectorKeyOpclass(shape.method, fullKey(shape.keys[0]!), table)) === req.opclass;
  }
}

function servesBtree(shape: IndexShape, req: Extract<Requirement, { kind: 'btree' }>): boolean {
  if (shape.method !== 'btree') return false;
  const fixed = new Set([...req.equality, ...req.constantColumns]);
  if (shape.unique && shape.keys.every((k) => k.columnId !== null && fixed.has(k.columnId))) return true;
  const seen = new Set<string>();
  let i = 0;
  while (i < shape.keys.length && shape.keys[i]!.columnId !== null && fixed.has(shape.keys[i]!.columnId!) && !seen.has(shape.keys[i]!.columnId!)) {
    seen.add(shape.keys[i]!.columnId!);
    i++;
  }
  if (!req.equality.every((c) => seen.has(c))) return false;
  const tail = shape.keys.slice(i, i + req.tail.length);
  if (tail.length < req.tail.length) return false;
  if (!req.tail.every((want, j) => tail[j]!.columnId === want.columnId && (want.opclass === null || tail[j]!.opclass === want.opclass))) return false;
  return orderCompatible(req.tail, tail);
}

/** Sorted keys must all match the wanted order, or all be its exact reverse (a backward index scan). */
function orderCompatible(wanted: readonly TailKey[], keys: IndexShape['keys']): boolean {
  const pairs = wanted.map((w, j) => [w, keys[j]!] as const).filter(([w]) => w.sorted);
  const same = pairs.every(([w, k]) => (w.order ?? 'asc') === (k.order ?? 'asc') && effectiveNulls(w) === effectiveNulls(k));
  const reversed = pairs.every(([w, k]) => (w.order ?? 'asc') !== (k.order ?? 'asc') && effectiveNulls(w) !== effectiveNulls(k));
  return same || reversed;
}

function sameTarget(key: IndexShape['keys'][number], req: { columnId: string | null; expression: string | null }): boolean {
  return req.columnId !== null ? key.columnId === req.columnId : normalizeExpression(key.expression) === normalizeExpression(req.expression);
}

/** jsonb_ops (the default) serves every jsonb operator; jsonb_path_ops only @> and jsonpath. */
function ginOpclassServes(have: string | null, want: string | null): boolean {
  if (want === 'jsonb_ops') return have === null || have === 'jsonb_ops';
  return true;
}

const fullKey = (key: IndexShape['keys'][number]): IndexKey => ({ ...key, collation: null });
