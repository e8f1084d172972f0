import type { DiagramDocument } from '../model/document';
import type { Relationship } from '../model/relationship';
import type { Table } from '../model/table';

/** Column sets that must be unique: the primary key, unique constraints, unique indexes on plain columns. */
export function uniqueSets(table: Table): string[][] {
  const sets: string[][] = [];
  if (table.primaryKey) sets.push([...table.primaryKey.columnIds]);
  for (const u of table.uniques) sets.push([...u.columnIds]);
  for (const index of table.indexes) {
    if (!index.unique) continue;
    const columns = index.keys.map((k) => k.columnId ?? columnInExpression(table, k.expression ?? ''));
    if (columns.every((c): c is string => c !== null)) sets.push(columns);
  }
  return sets;
}

/** The column an expression key is about (`lower(email)` → email), when it names exactly one. */
function columnInExpression(table: Table, expression: string): string | null {
  const named = table.columns.filter((c) => new RegExp(String.raw`(^|[^\w"])"?${c.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?([^\w"]|$)`).test(expression));
  return named.length === 1 ? named[0]!.id : null;
}

/** How a foreign key's parent row is chosen for row g. */
export type FkMode =
  | { readonly kind: 'skewed' }
  /** One child per parent: 1:1 or a unique foreign key. */
  | { readonly kind: 'unique' }
  /** First of two foreign keys making a composite key: parents in turn. */
  | { readonly kind: 'radix_first' }
  /** Second of the two: a different parent for each turn of the first, so pairs never repeat. */
  | { readonly kind: 'radix_second'; readonly firstRelationshipId: string }
  | { readonly kind: 'null'; readonly reason: string };

export interface KeyPlan {
  /** Columns made unique from the row number. */
  readonly uniqueColumns: ReadonlySet<string>;
  readonly fkModes: ReadonlyMap<string, FkMode>;
  /** Problems that make the table impossible to fill. */
  readonly problems: readonly string[];
}

/**
 * Decides, for one table, which columns carry uniqueness and how each foreign
 * key picks its parent, so every unique constraint holds by construction:
 * a constraint with an identity column or a column that can be numbered by
 * row is satisfied by that column; one made only of foreign keys is satisfied
 * by picking parents one-to-one or in a mixed-radix walk over two parents.
 */
export function planKeys(
  doc: DiagramDocument, table: Table, deferred: ReadonlySet<string>,
  numberable: (columnId: string) => boolean,
  /** Identity and serial columns: unique without our help. */
  autoUnique: (columnId: string) => boolean,
): KeyPlan {
  const rels = doc.relationships.filter((r) => r.fromTableId === table.id);
  const problems: string[] = [];
  const fkModes = new Map<string, FkMode>();
  const claimed = new Map<string, string>();
  const column = (id: string) => table.columns.find((c) => c.id === id)!;
  for (const rel of rels) {
    const parent = doc.tables.find((t) => t.id === rel.toTableId)!;
    const why = rel.toTableId === table.id ? 'refers to its own table' : deferred.has(rel.id) ? `${parent.name} loads later (foreign-key cycle)` : null;
    const overlap = rel.fromColumnIds.some((c) => claimed.has(c));
    if (why || overlap) {
      const free = rel.fromColumnIds.filter((c) => !claimed.has(c));
      if (free.some((c) => column(c).nullable)) {
        fkModes.set(rel.id, { kind: 'null', reason: why ?? `shares columns with ${claimed.get(rel.fromColumnIds.find((c) => claimed.has(c))!)}` });
        for (const c of free) claimed.set(c, relName(rel, doc));
      } else {
        problems.push(`foreign key ${relName(rel, doc)} ${why ?? 'overlaps another foreign key'} and its columns are NOT NULL`);
      }
      continue;
    }
    fkModes.set(rel.id, { kind: rel.cardinality === '1:1' ? 'unique' : 'skewed' });
    for (const c of rel.fromColumnIds) claimed.set(c, relName(rel, doc));
  }
  const uniqueColumns = new Set<string>();
  const fkOf = (columnId: string) => rels.find((r) => r.fromColumnIds.includes(columnId) && fkModes.get(r.id)?.kind !== 'null');
  for (const set of uniqueSets(table)) {
    if (set.some((id) => autoUnique(id) || uniqueColumns.has(id))) continue;
    const fks = [...new Set(set.map(fkOf).filter((r): r is Relationship => r !== undefined))];
    if (fks.some((r) => fkModes.get(r.id)?.kind === 'unique')) continue;
    const own = set.find((id) => fkOf(id) === undefined && column(id).generated === null && numberable(id));
    if (own) {
      uniqueColumns.add(own);
    } else if (fks.length === 0) {
      problems.push(`cannot make (${set.map((id) => column(id).name).join(', ')}) unique: no column there can be numbered by row`);
    } else if (fks.length === 1) {
      fkModes.set(fks[0]!.id, { kind: 'unique' });
    } else {
      fkModes.set(fks[0]!.id, { kind: 'radix_first' });
      fkModes.set(fks[1]!.id, { kind: 'radix_second', firstRelationshipId: fks[0]!.id });
    }
  }
  return { uniqueColumns, fkModes, problems };
}

export function relName(rel: Relationship, doc: DiagramDocument): string {
  const from = doc.tables.find((t) => t.id === rel.fromTableId)!;
  const to = doc.tables.find((t) => t.id === rel.toTableId)!;
  const cols = (t: typeof from, ids: readonly string[]) => ids.map((id) => t.columns.find((c) => c.id === id)?.name ?? id).join(', ');
  return rel.name ?? `${from.name}(${cols(from, rel.fromColumnIds)}) → ${to.name}(${cols(to, rel.toColumnIds)})`;
}
