import type { DiagramDocument } from '../../model/document';
import { MAX_IDENTIFIER_BYTES } from '../../model/names';
import type { Table } from '../../model/table';

/** `base`, or `base_2`, `base_3`, … — the first not in `taken`, cut to PostgreSQL's 63 bytes. */
export function freeName(taken: ReadonlySet<string>, base: string, firstSuffix: number | null = null): string {
  const cut = (value: string, room: number) => value.slice(0, Math.max(1, MAX_IDENTIFIER_BYTES - room));
  if (firstSuffix === null && !taken.has(cut(base, 0))) return cut(base, 0);
  for (let n = firstSuffix ?? 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${cut(base, suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Names in a schema's relation namespace: tables, partitions and indexes share it in PostgreSQL. */
export function relationNames(doc: DiagramDocument, schemaId: string): Set<string> {
  const inSchema = doc.tables.filter((t) => t.schemaId === schemaId);
  return new Set([
    ...inSchema.map((t) => t.name),
    ...inSchema.flatMap((t) => t.indexes.map((i) => i.name)),
    ...inSchema.flatMap((t) => t.partitioning?.partitions.map((p) => p.name) ?? []),
  ]);
}

/** `table_N`, counting from the number of tables + 1. */
export function freeTableName(doc: DiagramDocument, schemaId: string): string {
  return freeName(relationNames(doc, schemaId), 'table', doc.tables.length + 1);
}

/** `column_N`, counting from the number of columns + 1, or `base` when free. */
export function freeColumnName(table: Table, base: string | null = null): string {
  const taken = new Set(table.columns.map((c) => c.name));
  return base === null ? freeName(taken, 'column', table.columns.length + 1) : freeName(taken, base);
}

/** `<table>_<cols>_idx` (or `_key` for unique), free in the schema. */
export function freeIndexName(doc: DiagramDocument, table: Table, columnIds: readonly string[], suffix = 'idx'): string {
  const names = columnIds.map((id) => table.columns.find((c) => c.id === id)?.name ?? 'expr');
  return freeName(relationNames(doc, table.schemaId), [table.name, ...names, suffix].join('_'));
}
