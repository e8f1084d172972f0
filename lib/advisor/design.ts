import { columnNamesAddition, makeObjectName } from '../ddl/names';
import type { Table } from '../model/table';
import type { IndexKey } from '../model/table-parts';
import { ivfflatLists } from '../ddl/vector-params';
import { columnOf } from './context';
import type { ProposedIndex } from './findings';
import type { Requirement } from './requirement';
import type { IndexShape } from './shapes';
import { predicateClauses } from './predicates';

const key = (columnId: string | null, expression: string | null, extra: Partial<IndexKey> = {}): IndexKey => ({
  columnId, expression, order: null, nulls: null, opclass: null, collation: null, ...extra,
});

/** The index that meets a requirement, named `<table>_<columns>_idx` like PostgreSQL would, unique in its schema. */
export function designIndex(table: Table, req: Requirement, taken: NameRegistry | null): ProposedIndex {
  const base = { unique: false, nullsNotDistinct: false, include: [] as string[], where: null as string | null, with: {} as ProposedIndex['with'], comment: '' };
  let index: Omit<ProposedIndex, 'name'>;
  switch (req.kind) {
    case 'btree':
      index = {
        ...base, method: 'btree', include: [...req.include],
        keys: [...req.equality.map((c) => key(c, null)), ...req.tail.map((t) => key(t.columnId, null, { order: t.order, nulls: t.nulls, opclass: t.opclass }))],
        where: req.predicate.length > 0 ? req.predicate.join(' AND ') : null,
      };
      break;
    case 'gin':
      index = { ...base, method: 'gin', keys: [key(req.columnId, req.expression, { opclass: req.opclass })] };
      break;
    case 'brin':
      index = { ...base, method: 'brin', keys: [key(req.columnId, null)] };
      break;
    case 'vector':
      index = {
        ...base, method: req.method, keys: [key(req.columnId, req.expression, { opclass: req.opclass })],
        with: req.method === 'hnsw' ? { m: 16, ef_construction: 64 } : { lists: ivfflatLists(table.volume?.rows ?? 1000) },
      };
      break;
  }
  if (taken === null) return { ...index, name: '' }; // a draft: only its shape matters
  const names = index.keys.map((k) => (k.columnId !== null ? columnOf(table, k.columnId).name : 'expr'));
  const label = req.kind === 'vector' ? req.method : req.kind === 'btree' ? 'idx' : `${req.kind}_idx`;
  return { ...index, name: chooseIndexName(table.name, joinColumnNames(names), label, taken) };
}

const ASCII = /^[\x20-\x7e]*$/;

/** Column names joined by `_` as PostgreSQL does; the byte-wise clipping of lib/ddl is needed only for long or non-ASCII names. */
export function joinColumnNames(names: readonly string[]): string {
  const joined = names.join('_');
  return joined.length < 63 && ASCII.test(joined) ? joined : columnNamesAddition(names);
}

/** Names in use, and whether choosing one reserves it (drafts look without reserving). */
export interface NameRegistry {
  readonly taken: ReadonlySet<string>;
  readonly reserve: boolean;
}

/** PostgreSQL's `name1_name2_label`, then `…_label1`, `…_label2` until free (as `chooseName` in lib/ddl/names.ts, without copying the set). */
export function chooseIndexName(name1: string, name2: string, label: string, registry: NameRegistry): string {
  const make = (suffix: string) => {
    const quick = `${name1}_${name2}_${suffix}`;
    // ASCII names that fit need no byte-wise clipping; makeObjectName encodes character by character.
    return quick.length <= 63 && ASCII.test(quick) ? quick : makeObjectName(name1, name2, suffix);
  };
  let candidate = make(label);
  for (let pass = 1; registry.taken.has(candidate); pass++) candidate = make(`${label}${pass}`);
  if (registry.reserve) (registry.taken as Set<string>).add(candidate);
  return candidate;
}

/** A proposed index seen as an index shape, so it can be checked with `serves` like an existing one. */
export function proposedShape(index: ProposedIndex): IndexShape {
  return {
    source: 'index', objectId: null, name: index.name, method: index.method, unique: index.unique,
    keys: index.keys, include: index.include, clauses: predicateClauses(index.where),
  };
}

/** `(user_id, created_at DESC) WHERE …`, for messages. */
export function describeIndex(table: Table, index: Pick<ProposedIndex, 'keys' | 'method' | 'include' | 'where'>): string {
  const keys = index.keys.map((k) => [
    k.columnId !== null ? columnOf(table, k.columnId).name : `(${k.expression})`,
    k.opclass ?? '', k.order === 'desc' ? 'DESC' : '', k.nulls ? `NULLS ${k.nulls.toUpperCase()}` : '',
  ].filter(Boolean).join(' '));
  const parts = [`${index.method === 'btree' ? '' : `USING ${index.method} `}(${keys.join(', ')})`];
  if (index.include.length > 0) parts.push(`INCLUDE (${index.include.map((c) => columnOf(table, c).name).join(', ')})`);
  if (index.where) parts.push(`WHERE ${index.where}`);
  return parts.join(' ');
}
