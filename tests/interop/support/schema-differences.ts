import type { DiagramDocument } from '../../../lib/model/document';
import type { Relationship } from '../../../lib/model/relationship';
import type { Table } from '../../../lib/model/table';
import { DocNames } from '../../../lib/interop/shared/names';
import { spellType } from '../../../lib/interop/shared/type-spelling';

/**
 * Everything of `before` that `after` (its round trip through another format)
 * no longer says, as `subject aspect` keys named like the exporters' losses.
 * Found by comparing the two documents independently of the exporter, so a
 * loss the exporter forgot to report shows up as a difference without a loss.
 */
export function schemaDifferences(before: DiagramDocument, after: DiagramDocument): string[] {
  const a = new DocNames(before);
  const b = new DocNames(after);
  const out = new Set<string>();
  const add = (subject: string, aspect: string) => out.add(`${subject} ${aspect}`);
  const typeOf = (doc: DiagramDocument, names: DocNames) => (t: Table['columns'][number]['type']) =>
    spellType(t, (kind, id) => (kind === 'enum' ? `${names.enumName(id)?.schema}.${names.enumName(id)?.name}` : `domain:${doc.domains.find((d) => d.id === id)?.name}`));
  const typeA = typeOf(before, a);
  const typeB = typeOf(after, b);

  for (const e of before.extensions) if (!after.extensions.some((x) => x.name === e.name)) add(e.name, 'extension');
  for (const d of before.domains) if (!after.domains.some((x) => x.name === d.name)) add(`${a.schema(d.schemaId)}.${d.name}`, 'domain');
  for (const q of before.sequences) if (!after.sequences.some((x) => x.name === q.name)) add(`${a.schema(q.schemaId)}.${q.name}`, 'sequence');
  for (const e of before.enums) {
    const other = after.enums.find((x) => x.name === e.name && b.schema(x.schemaId) === a.schema(e.schemaId));
    if (!other || other.values.map((v) => v.name).join() !== e.values.map((v) => v.name).join()) add(`${a.schema(e.schemaId)}.${e.name}`, 'enum');
    else if (other.comment !== e.comment) add(`${a.schema(e.schemaId)}.${e.name}`, 'enum_comment');
  }

  for (const t of before.tables) {
    const u = after.tables.find((x) => x.name === t.name && b.schema(x.schemaId) === a.schema(t.schemaId));
    const subject = a.subject(t);
    if (!u) { add(subject, 'table_missing'); continue; }
    if (t.accessPatterns.length > 0 || t.volume || t.dependencies.length > 0 || t.columns.some((c) => c.snapshotOf)) add(subject, 'requirements');
    if (t.comment !== u.comment) add(subject, 'comment');
    if (t.partitioning && !u.partitioning) add(subject, 'partitioning');
    if (t.unlogged !== u.unlogged) add(subject, 'unlogged');
    for (const c of t.columns) {
      const d = u.columns.find((x) => x.name === c.name);
      const cs = a.subject(t, c.name);
      if (!d) { add(cs, 'column_missing'); continue; }
      if (c.type.kind === 'domain' && d.type.kind !== 'domain') add(cs, 'domain');
      else if (typeA(c.type) !== typeB(d.type)) add(cs, 'type');
      if (c.nullable !== d.nullable) add(cs, 'nullable');
      if (c.default !== d.default) add(cs, 'default');
      if (c.identity !== d.identity) add(cs, 'identity_kind');
      if (c.generated && !d.generated) add(cs, 'generated');
      if (c.collation !== d.collation) add(cs, 'collation');
      if (c.comment !== d.comment) add(cs, 'comment');
    }
    const colsA = (ids: readonly string[]) => a.columns(t, ids).join(',');
    const colsB = (ids: readonly string[]) => b.columns(u, ids).join(',');
    if (t.primaryKey && (!u.primaryKey || colsA(t.primaryKey.columnIds) !== colsB(u.primaryKey.columnIds))) add(subject, 'primary_key_missing');
    else if (t.primaryKey && t.primaryKey.name !== u.primaryKey?.name) add(subject, 'primary_key_name');
    for (const q of t.uniques) {
      const r = u.uniques.find((x) => colsB(x.columnIds) === colsA(q.columnIds));
      const qs = a.subject(t, q.name ?? a.columns(t, q.columnIds).join('_'));
      if (!r) add(qs, 'unique_missing');
      else if (q.nullsNotDistinct !== r.nullsNotDistinct) add(qs, 'unique_nulls_not_distinct');
      else if (q.name !== r.name) add(qs, 'unique_name');
    }
    for (const c of t.checks) {
      if (!u.checks.some((x) => x.name === c.name && x.expression === c.expression)) add(a.subject(t, c.name ?? c.expression), 'check');
    }
    for (const i of t.indexes) {
      const j = u.indexes.find((x) => x.name === i.name);
      const is = `${a.schema(t.schemaId)}.${i.name}`;
      if (!j || j.unique !== i.unique || j.where !== i.where) { add(is, 'index'); continue; }
      const keyText = (keys: typeof i.keys, names: DocNames, table: Table) => keys.map((k) => (k.columnId ? names.column(table, k.columnId) : k.expression)).join(',');
      if (keyText(i.keys, a, t) !== keyText(j.keys, b, u)) add(is, 'index_keys');
      if (i.keys.some((k, n) => k.order !== j.keys[n]?.order || k.nulls !== j.keys[n]?.nulls || k.opclass !== j.keys[n]?.opclass || k.collation !== j.keys[n]?.collation)) add(is, 'index_key_options');
      if (i.method !== j.method) add(is, 'index_method');
      if (colsA(i.include) !== colsB(j.include)) add(is, 'index_include');
      if (JSON.stringify(i.with) !== JSON.stringify(j.with)) add(is, 'index_with');
      if (i.nullsNotDistinct !== j.nullsNotDistinct) add(is, 'index_nulls_not_distinct');
      if (i.comment !== j.comment) add(is, 'comment');
    }
  }

  for (const r of before.relationships) {
    const from = before.tables.find((t) => t.id === r.fromTableId)!;
    const to = before.tables.find((t) => t.id === r.toTableId)!;
    const subject = r.name ? `${a.schema(from.schemaId)}.${r.name}` : a.subject(from, a.columns(from, r.fromColumnIds).join('_'));
    const match = after.relationships.find((s) => sameEnds(r, s));
    if (!match || match.cardinality !== r.cardinality || match.onDelete !== r.onDelete || match.onUpdate !== r.onUpdate || match.name !== r.name) add(subject, 'foreign_key');
    else {
      if (match.deferrable !== r.deferrable) add(subject, 'fk_deferrable');
      if (match.matchFull !== r.matchFull) add(subject, 'fk_match_full');
    }
    function sameEnds(x: Relationship, y: Relationship): boolean {
      const yFrom = after.tables.find((t) => t.id === y.fromTableId)!;
      const yTo = after.tables.find((t) => t.id === y.toTableId)!;
      return yFrom.name === from.name && yTo.name === to.name && b.columns(yFrom, y.fromColumnIds).join() === a.columns(from, x.fromColumnIds).join()
        && b.columns(yTo, y.toColumnIds).join() === a.columns(to, x.toColumnIds).join();
    }
  }
  if (before.exceptions.length > 0) add(before.name, 'exceptions');
  if (before.notes.length > 0) add(before.name, 'notes');
  return [...out].sort();
}
