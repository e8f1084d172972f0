import { z } from 'zod';
import type { DiagramDocument } from '../../model/document';
import { Relationship } from '../../model/relationship';
import { Table } from '../../model/table';
import { EnumType } from '../../model/types';
import { err, ok, type Result } from '../../result';
import type { CommandOf, Position } from '../command';
import { randomIds, type IdSource } from './ids';
import { freeName, relationNames } from './names';

export const CLIPBOARD_FORMAT = 'tablecraft.clipboard';

/**
 * What copy puts on the system clipboard, as JSON text: the copied tables, the
 * foreign keys among them, the enums their columns use, and where they sat.
 * Pasting into another diagram (or another browser tab) reads it back through
 * this schema, so a foreign or hand-edited clipboard is rejected, not trusted.
 */
export const ClipboardPayload = z.strictObject({
  format: z.literal(CLIPBOARD_FORMAT),
  version: z.literal(1),
  tables: z.array(Table).min(1),
  relationships: z.array(Relationship).default([]),
  enums: z.array(EnumType).default([]),
  positions: z.record(z.string(), z.strictObject({ x: z.number().finite(), y: z.number().finite() })).default({}),
});
export type ClipboardPayload = z.infer<typeof ClipboardPayload>;

export function copyTables(doc: DiagramDocument, tableIds: readonly string[]): ClipboardPayload | null {
  const ids = new Set(tableIds);
  const tables = doc.tables.filter((t) => ids.has(t.id));
  if (tables.length === 0) return null;
  const enumIds = new Set(tables.flatMap((t) => t.columns.flatMap((c) => (c.type.kind === 'enum' ? [c.type.enumId] : []))));
  const positions: Record<string, Position> = {};
  for (const t of tables) {
    const node = doc.layout.nodes[t.id];
    if (node) positions[t.id] = { x: node.x, y: node.y };
  }
  return {
    format: CLIPBOARD_FORMAT, version: 1, tables,
    relationships: doc.relationships.filter((r) => ids.has(r.fromTableId) && ids.has(r.toTableId)),
    enums: doc.enums.filter((e) => enumIds.has(e.id)),
    positions,
  };
}

export function readClipboard(text: string): Result<ClipboardPayload, { message: string }> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return err({ message: 'the clipboard does not hold Tablecraft tables' });
  }
  const parsed = ClipboardPayload.safeParse(raw);
  return parsed.success ? ok(parsed.data) : err({ message: 'the clipboard does not hold Tablecraft tables' });
}

/**
 * A paste command for a clipboard: every id is fresh (tables, columns, keys,
 * indexes, relationships), names that clash get `_copy` (tables and indexes share
 * a namespace), enums are matched by name or brought along, and domains, joins or
 * snapshots pointing outside the copy are dropped. Positions move by `offset`.
 */
export function pasteCommand(doc: DiagramDocument, payload: ClipboardPayload, offset: Position, ids: IdSource = randomIds): CommandOf<'paste'> {
  const schemaId = doc.schemas.find((s) => s.name === 'public')?.id ?? doc.schemas[0]!.id;
  const map = new Map<string, string>();
  const fresh = (old: string, prefix: Parameters<IdSource>[0]) => {
    const id = ids(prefix);
    map.set(old, id);
    return id;
  };
  const enums = payload.enums.flatMap((e) => {
    const same = doc.enums.find((mine) => mine.name === e.name && mine.schemaId === schemaId);
    if (same) { map.set(e.id, same.id); return []; }
    return [{ ...e, id: fresh(e.id, 'enm'), schemaId, values: e.values.map((v) => ({ ...v, id: ids('val') })) }];
  });
  const taken = relationNames(doc, schemaId);
  const claim = (name: string, suffix: string) => {
    const free = taken.has(name) ? freeName(taken, `${name}${suffix}`) : name;
    taken.add(free);
    return free;
  };
  // First pass: new ids for tables and columns, so references between copied tables resolve.
  for (const t of payload.tables) {
    fresh(t.id, 'tbl');
    for (const c of t.columns) fresh(c.id, 'col');
  }
  const relationships = payload.relationships.map((r) => ({
    ...r, id: fresh(r.id, 'rel'), fromTableId: map.get(r.fromTableId)!, toTableId: map.get(r.toTableId)!,
    fromColumnIds: r.fromColumnIds.map((id) => map.get(id)!), toColumnIds: r.toColumnIds.map((id) => map.get(id)!),
  }));
  const col = (id: string) => map.get(id)!;
  const tables: Table[] = payload.tables.map((t) => ({
    ...t,
    id: map.get(t.id)!, schemaId, name: claim(t.name, '_copy'),
    columns: t.columns.map((c) => ({
      ...c, id: col(c.id),
      type: c.type.kind === 'enum' ? { ...c.type, enumId: map.get(c.type.enumId) ?? c.type.enumId }
        : c.type.kind === 'domain' && !doc.domains.some((d) => d.id === (c.type as { domainId: string }).domainId) ? { kind: 'base', name: 'text', modifiers: [], arrayDims: 0 }
        : c.type,
      snapshotOf: c.snapshotOf && map.has(c.snapshotOf.columnId) ? { ...c.snapshotOf, columnId: col(c.snapshotOf.columnId) } : null,
    })),
    primaryKey: t.primaryKey && { ...t.primaryKey, name: null, columnIds: t.primaryKey.columnIds.map(col) },
    uniques: t.uniques.map((u) => ({ ...u, id: ids('uq'), name: null, columnIds: u.columnIds.map(col) })),
    checks: t.checks.map((c) => ({ ...c, id: ids('chk'), name: null })),
    indexes: t.indexes.map((i) => ({
      ...i, id: ids('idx'), name: claim(i.name, '_copy'),
      keys: i.keys.map((k) => ({ ...k, columnId: k.columnId === null ? null : col(k.columnId) })), include: i.include.map(col),
    })),
    partitioning: t.partitioning && {
      ...t.partitioning,
      key: t.partitioning.key.map((k) => ({ ...k, columnId: k.columnId === null ? null : col(k.columnId) })),
      partitions: t.partitioning.partitions.map((p) => ({ ...p, id: ids('part'), name: claim(p.name, '_copy') })),
    },
    junction: t.junction && t.junction.relationshipIds.every((id) => map.has(id))
      ? { relationshipIds: [map.get(t.junction.relationshipIds[0])!, map.get(t.junction.relationshipIds[1])!] } : null,
    dependencies: t.dependencies.map((fd) => ({ ...fd, id: ids('fd'), determinant: fd.determinant.map(col), dependent: fd.dependent.map(col) })),
    accessPatterns: t.accessPatterns.map((p) => ({
      ...p, id: ids('ap'),
      filters: p.filters.map((f) => ({ ...f, columnId: col(f.columnId) })),
      orderBy: p.orderBy.map((s) => ({ ...s, columnId: col(s.columnId) })),
      select: p.select.map(col),
      similarity: p.similarity && { ...p.similarity, columnId: col(p.similarity.columnId) },
      joins: p.joins.filter((id) => map.has(id)).map((id) => map.get(id)!),
    })),
  }));
  const positions: Record<string, Position> = {};
  payload.tables.forEach((t, i) => {
    const at = payload.positions[t.id] ?? { x: i * 40, y: i * 40 };
    positions[map.get(t.id)!] = { x: Math.round(at.x + offset.x), y: Math.round(at.y + offset.y) };
  });
  return { kind: 'paste', tables, relationships, enums, positions };
}
