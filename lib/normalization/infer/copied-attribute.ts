import type { Column, Relationship, Table } from '../../model';
import { isSubset } from '../attr-set';
import type { TableContext } from '../context';
import { finding, listNames, type Finding } from '../findings';

/**
 * Columns that copy a column of a table this one references:
 * `orders.customer_email` beside `orders.customer_id → customers.id` where
 * `customers` has `email`. The prefix comes from the foreign key column
 * (`customer_id` → `customer`) or the referenced table's singular name. Snapshot
 * columns are deliberate copies and are skipped, and so is anything the known
 * dependencies already state (then it is a reported violation, not a guess).
 */
export function copiedAttributes(ctx: TableContext): Finding[] {
  const out: Finding[] = [];
  for (const rel of ctx.outgoing) {
    const parent = ctx.tablesById.get(rel.toTableId);
    if (!parent || parent.id === ctx.table.id) continue;
    const copies = findCopies(ctx.table, rel, parent);
    const determinant = ctx.relation.set(rel.fromColumnIds);
    const reach = ctx.close(determinant);
    // Already implied and not through a key: the dependency check reports it as a fact.
    const superkey = isSubset(ctx.relation.all, reach);
    const unstated = copies.filter(({ column }) => superkey || !isSubset(ctx.relation.set([column.id]), reach));
    if (unstated.length === 0) continue;
    out.push(toFinding(ctx, rel, parent, unstated));
  }
  return out;
}

interface Copy { readonly column: Column; readonly source: Column }

function findCopies(table: Table, rel: Relationship, parent: Table): Copy[] {
  const fkNames = rel.fromColumnIds.map((id) => table.columns.find((c) => c.id === id)?.name ?? '');
  const prefixes = new Set<string>([singular(parent.name)]);
  if (fkNames.length === 1) {
    const stripped = fkNames[0]!.replace(/_?(id|uuid|key|fk)$/i, '');
    if (stripped && stripped !== fkNames[0]) prefixes.add(stripped.toLowerCase());
  }
  const parentByName = new Map(parent.columns.map((c) => [c.name.toLowerCase(), c]));
  const copies: Copy[] = [];
  for (const column of table.columns) {
    if (column.snapshotOf || rel.fromColumnIds.includes(column.id)) continue;
    const name = column.name.toLowerCase();
    for (const prefix of prefixes) {
      if (!name.startsWith(`${prefix}_`)) continue;
      const source = parentByName.get(name.slice(prefix.length + 1)) ?? parentByName.get(name);
      // The referenced key itself (customer_id ↔ customers.id) is the link, not a copy.
      if (!source || rel.toColumnIds.includes(source.id)) continue;
      copies.push({ column, source });
      break;
    }
  }
  return copies;
}

function toFinding(ctx: TableContext, rel: Relationship, parent: Table, copies: Copy[]): Finding {
  const { table } = ctx;
  const fk = rel.fromColumnIds.map((id) => table.columns.find((c) => c.id === id)!.name).join(', ');
  const sameType = copies.every(({ column, source }) => JSON.stringify(column.type) === JSON.stringify(source.type));
  const pairs = copies.map(({ column, source }) => `${table.name}.${column.name} (copy of ${parent.name}.${source.name})`);
  const names = copies.map((c) => c.column.name);
  return finding({
    code: 'SUGGESTED_COPIED_ATTRIBUTE', severity: 'warning', tableId: table.id,
    columnIds: [...rel.fromColumnIds, ...copies.map((c) => c.column.id)],
    dependency: { determinant: [...rel.fromColumnIds], dependent: copies.map((c) => c.column.id) },
    normalForm: '3NF',
    confidence: sameType ? 0.8 : 0.6,
    reason: `${listNames(names)} ${names.length === 1 ? 'is named' : 'are named'} after ${fk} plus a column of "${parent.name}"${sameType ? ' and the types match' : ''}`,
    message: `${listNames(pairs)} probably ${names.length === 1 ? 'depends' : 'depend'} on ${fk} (suggested ${fk} → ${names.join(', ')}): the value is stored again in every row that references the same ${parent.name} row and can disagree with it. Read it through the foreign key instead; if it records the value at the time of writing, mark it as a snapshot.`,
    fix: { kind: 'drop_copied_columns', tableId: table.id, columnIds: copies.map((c) => c.column.id), relationshipId: rel.id, sourceColumnIds: copies.map((c) => c.source.id) },
  });
}

function singular(name: string): string {
  const lower = name.toLowerCase();
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (/(ses|xes|ches|shes)$/.test(lower)) return lower.slice(0, -2);
  if (lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1);
  return lower;
}
