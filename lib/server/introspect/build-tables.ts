import type { Column, Index, IndexKey, Partitioning } from '../../model/table-parts';
import type { Table } from '../../model/table';
import type { ConstraintRow, IndexColumnRow, IndexRow } from './catalog';
import type { BuildContext } from './context';
import { parsePartitionBound } from './partition-bound';

type Entry = { table: Table; columnIds: Map<number, string> };

/** Tables (partitions folded into their parent), columns, keys, checks, indexes. */
export function buildTables(ctx: BuildContext): void {
  const { catalog } = ctx;
  const columnsByTable = groupBy(catalog.columns, (c) => c.table_oid);
  for (const row of catalog.tables.filter((t) => !t.is_partition)) {
    const schemaId = ctx.schemaIds.get(row.schema);
    if (!schemaId) continue;
    const tableId = ctx.ids.make('tbl', row.schema, row.name);
    const columnIds = new Map<number, string>();
    const columns: Column[] = (columnsByTable.get(row.oid) ?? []).map((c) => {
      const id = ctx.ids.make('col', row.schema, row.name, c.name);
      columnIds.set(c.num, id);
      const where = `${ctx.label(row)}.${c.name}`;
      const { type, default: def } = ctx.columnTypeOf(c, where);
      if (c.generated === 'v') ctx.warnings.push(`${where} is GENERATED … VIRTUAL; the diagram keeps generated columns STORED`);
      const generated = c.generated === 's' || c.generated === 'v';
      return {
        id, name: c.name, type, nullable: !c.not_null, default: generated || c.identity !== '' ? null : def,
        identity: c.identity === 'a' ? 'always' : c.identity === 'd' ? 'by_default' : null,
        generated: generated && def !== null ? { expression: def } : null,
        collation: c.collation, comment: c.comment ?? '', snapshotOf: null,
      };
    });
    const table: Table = {
      id: tableId, schemaId, name: row.name, comment: row.comment ?? '', columns, primaryKey: null, uniques: [], checks: [], indexes: [],
      partitioning: null, unlogged: row.unlogged, junction: null, dependencies: [], accessPatterns: [], volume: null,
    };
    ctx.tables.set(row.oid, { row, table, columnIds });
  }
  for (const c of catalog.constraints) addConstraint(ctx, c);
  const keysByIndex = groupBy(catalog.indexColumns, (k) => k.index_oid);
  for (const i of catalog.indexes) addIndex(ctx, i, keysByIndex.get(i.oid) ?? []);
  addPartitioning(ctx);
}

function addConstraint(ctx: BuildContext, c: ConstraintRow): void {
  const entry = ctx.tables.get(c.table_oid);
  if (!entry || c.type === 'f') return;
  const { table } = entry;
  const columnIds = (c.columns ?? []).map((n) => entry.columnIds.get(n)!).filter(Boolean);
  if (c.type === 'p') table.primaryKey = { name: c.name, columnIds };
  else if (c.type === 'u') table.uniques.push({ id: ctx.ids.make('uq', table.name, c.name), name: c.name, columnIds, nullsNotDistinct: c.nnd });
  else if (c.type === 'c' && c.expression) table.checks.push({ id: ctx.ids.make('chk', table.name, c.name), name: c.name, expression: c.expression });
}

function addIndex(ctx: BuildContext, row: IndexRow, keyRows: IndexColumnRow[]): void {
  const entry = ctx.tables.get(row.table_oid);
  if (!entry) return;
  const method = ['btree', 'hash', 'gin', 'gist', 'spgist', 'brin', 'hnsw', 'ivfflat'].find((m) => m === row.method) as Index['method'] | undefined;
  if (!method) {
    ctx.warnings.push(`index ${row.name} on ${entry.table.name} uses the access method "${row.method}", which a diagram cannot hold; left out`);
    return;
  }
  const keys: IndexKey[] = keyRows.slice(0, row.nkeys).map((k) => {
    const desc = (k.option & 1) !== 0;
    const nullsFirst = (k.option & 2) !== 0;
    return {
      columnId: k.attnum > 0 ? entry.columnIds.get(k.attnum) ?? null : null,
      expression: k.attnum > 0 ? null : stripParens(k.text),
      order: desc ? 'desc' : null,
      nulls: desc === nullsFirst ? null : nullsFirst ? 'first' : 'last',
      opclass: k.opcdefault || !k.opclass ? null : k.opclass,
      collation: k.key_collation !== 0 && k.key_collation !== k.column_collation && k.collation !== 'default' ? k.collation : null,
    };
  });
  const include = keyRows.slice(row.nkeys).map((k) => entry.columnIds.get(k.attnum)).filter((id): id is string => id !== undefined);
  const options = Object.fromEntries((row.options ?? []).map((o) => {
    const at = o.indexOf('=');
    const value = o.slice(at + 1);
    return [o.slice(0, at), /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value];
  }));
  entry.table.indexes.push({
    id: ctx.ids.make('idx', entry.table.name, row.name), name: row.name, method, unique: row.unique, nullsNotDistinct: row.nnd,
    keys, include, where: row.predicate, with: options, comment: row.comment ?? '',
  });
}

function addPartitioning(ctx: BuildContext): void {
  const partitionsOf = groupBy(ctx.catalog.tables.filter((t) => t.is_partition), (t) => t.parent_oid ?? 0);
  for (const key of ctx.catalog.partitionKeys) {
    const entry = ctx.tables.get(key.table_oid);
    if (!entry) continue;
    const strategy = ({ r: 'range', l: 'list', h: 'hash' } as const)[key.strategy];
    const expressions = partitionKeyExpressions(key.definition);
    let next = 0;
    const keys: Partitioning['key'] = key.attnums.map((attnum) => attnum > 0
      ? { columnId: entry.columnIds.get(attnum) ?? null, expression: null }
      : { columnId: null, expression: expressions.filter((e) => !isColumnName(e, entry))[next++] ?? 'NULL' });
    const partitions = (partitionsOf.get(key.table_oid) ?? []).flatMap((p) => {
      const bound = parsePartitionBound(p.bound ?? '');
      if (!bound) {
        ctx.warnings.push(`partition ${ctx.label(p)}: cannot read its bound "${p.bound}"; left out`);
        return [];
      }
      if (ctx.catalog.partitionKeys.some((k) => k.table_oid === p.oid)) ctx.warnings.push(`partition ${ctx.label(p)} is itself partitioned; its sub-partitions are not in the diagram`);
      return [{ id: ctx.ids.make('part', p.schema, p.name), name: p.name, bound, comment: p.comment ?? '' }];
    });
    entry.table.partitioning = { strategy, key: keys, partitions };
  }
}

/** `RANGE (occurred_at, lower(name))` → the items inside the parentheses, split at top-level commas. */
function partitionKeyExpressions(definition: string): string[] {
  const inner = definition.slice(definition.indexOf('(') + 1, definition.lastIndexOf(')'));
  const items: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const ch of inner) {
    if (ch === "'") quoted = !quoted;
    if (!quoted && ch === '(') depth++;
    if (!quoted && ch === ')') depth--;
    if (!quoted && depth === 0 && ch === ',') {
      items.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) items.push(current.trim());
  return items.map(stripParens);
}

function isColumnName(item: string, entry: Entry): boolean {
  const name = item.replace(/^"(.*)"$/, '$1').replace(/""/g, '"');
  return entry.table.columns.some((c) => c.name === name);
}

/** `(lower(email))` → `lower(email)`, only when the outer parentheses enclose the whole text. */
function stripParens(text: string): string {
  const t = text.trim();
  if (!t.startsWith('(') || !t.endsWith(')')) return t;
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '(') depth++;
    if (t[i] === ')') depth--;
    if (depth === 0 && i < t.length - 1) return t;
  }
  return t.slice(1, -1).trim();
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}
