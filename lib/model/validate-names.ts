import type { DiagramDocument } from './document';
import { formatPath } from './problems';

// The uniqueness half of `validateReferences`: ids are unique in the whole
// document, and names are unique where PostgreSQL puts them in one namespace.

type Path = (string | number)[];

export type Report = (path: Path, message: string) => void;

function* idsWithPaths(doc: DiagramDocument): Generator<[string, Path]> {
  for (const [i, s] of doc.schemas.entries()) yield [s.id, ['schemas', i, 'id']];
  for (const [i, e] of doc.extensions.entries()) yield [e.id, ['extensions', i, 'id']];
  for (const [i, e] of doc.enums.entries()) {
    yield [e.id, ['enums', i, 'id']];
    for (const [j, v] of e.values.entries()) yield [v.id, ['enums', i, 'values', j, 'id']];
  }
  for (const [i, d] of doc.domains.entries()) {
    yield [d.id, ['domains', i, 'id']];
    for (const [j, c] of d.checks.entries()) yield [c.id, ['domains', i, 'checks', j, 'id']];
  }
  for (const [i, q] of doc.sequences.entries()) yield [q.id, ['sequences', i, 'id']];
  for (const [i, t] of doc.tables.entries()) {
    yield [t.id, ['tables', i, 'id']];
    for (const [j, c] of t.columns.entries()) yield [c.id, ['tables', i, 'columns', j, 'id']];
    for (const [j, u] of t.uniques.entries()) yield [u.id, ['tables', i, 'uniques', j, 'id']];
    for (const [j, c] of t.checks.entries()) yield [c.id, ['tables', i, 'checks', j, 'id']];
    for (const [j, x] of t.indexes.entries()) yield [x.id, ['tables', i, 'indexes', j, 'id']];
    for (const [j, p] of (t.partitioning?.partitions ?? []).entries()) yield [p.id, ['tables', i, 'partitioning', 'partitions', j, 'id']];
    for (const [j, f] of t.dependencies.entries()) yield [f.id, ['tables', i, 'dependencies', j, 'id']];
    for (const [j, a] of t.accessPatterns.entries()) yield [a.id, ['tables', i, 'accessPatterns', j, 'id']];
  }
  for (const [i, r] of doc.relationships.entries()) yield [r.id, ['relationships', i, 'id']];
  for (const [i, n] of doc.notes.entries()) yield [n.id, ['notes', i, 'id']];
  for (const [i, a] of doc.areas.entries()) yield [a.id, ['areas', i, 'id']];
  for (const [i, x] of doc.exceptions.entries()) yield [x.id, ['exceptions', i, 'id']];
}

export function collectIds(doc: DiagramDocument): Set<string> {
  const ids = new Set<string>();
  for (const [id] of idsWithPaths(doc)) ids.add(id);
  return ids;
}

export function checkUniqueIds(doc: DiagramDocument, report: Report) {
  const firstSeen = new Map<string, Path>();
  for (const [id, path] of idsWithPaths(doc)) {
    const earlier = firstSeen.get(id);
    if (earlier) report(path, `duplicate id "${id}" (already used at ${formatPath(earlier)}); every object needs its own id`);
    else firstSeen.set(id, path);
  }
}

export function checkUniqueNames<T>(items: readonly T[], nameOf: (item: T) => string, path: Path, what: string, report: Report) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const name = nameOf(item);
    if (seen.has(name)) report([...path, i, 'name'], `duplicate ${what} name "${name}"`);
    seen.add(name);
  });
}

/**
 * PostgreSQL keeps tables, partitions and indexes in one namespace per schema
 * (pg_class) — sequences too — and tables, enums and domains in another (pg_type). A primary key or
 * unique constraint creates an index of the same name, so a named one claims a
 * pg_class name too; every table, partitions included, also has a row type.
 */
export function checkNamespaces(doc: DiagramDocument, report: Report) {
  const relations = new Map<string, string>();
  const types = new Map<string, string>();
  /** Returns false (and reports) when the name is taken, so one clash is reported once. */
  const claim = (space: Map<string, string>, schemaId: string, name: string, what: string, path: Path): boolean => {
    const key = `${schemaId}\u0000${name}`;
    const existing = space.get(key);
    if (existing) report(path, `the name "${name}" is already used by ${existing} in the same schema`);
    else space.set(key, `${what} "${name}"`);
    return !existing;
  };
  doc.tables.forEach((table, ti) => {
    if (claim(relations, table.schemaId, table.name, 'table', ['tables', ti, 'name'])) claim(types, table.schemaId, table.name, 'table', ['tables', ti, 'name']);
  });
  doc.tables.forEach((table, ti) => {
    table.partitioning?.partitions.forEach((p, pi) => {
      const path: Path = ['tables', ti, 'partitioning', 'partitions', pi, 'name'];
      if (claim(relations, table.schemaId, p.name, 'partition', path)) claim(types, table.schemaId, p.name, 'partition', path);
    });
    if (table.primaryKey?.name) claim(relations, table.schemaId, table.primaryKey.name, 'primary key', ['tables', ti, 'primaryKey', 'name']);
    table.uniques.forEach((u, ui) => { if (u.name !== null) claim(relations, table.schemaId, u.name, 'unique constraint', ['tables', ti, 'uniques', ui, 'name']); });
    table.indexes.forEach((index, ii) => claim(relations, table.schemaId, index.name, 'index', ['tables', ti, 'indexes', ii, 'name']));
  });
  doc.sequences.forEach((q, i) => claim(relations, q.schemaId, q.name, 'sequence', ['sequences', i, 'name']));
  doc.enums.forEach((e, i) => claim(types, e.schemaId, e.name, 'enum', ['enums', i, 'name']));
  doc.domains.forEach((d, i) => claim(types, d.schemaId, d.name, 'domain', ['domains', i, 'name']));
}
