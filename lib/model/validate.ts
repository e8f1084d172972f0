import type { DiagramDocument } from './document';
import type { DocumentProblem } from './problems';
import type { Table } from './table';
import { columnTypeProblem } from './validate-types';
import { catalogType } from './type-catalog';
import { sequenceProblems } from './validate-sequence';
import { checkNamespaces, checkUniqueIds, checkUniqueNames, collectIds } from './validate-names';

type Path = (string | number)[];

export { collectIds } from './validate-names';

/**
 * Cross-reference checks the zod schema cannot express: every id is unique in the
 * whole document, every reference points at an object that exists (and at a column
 * of the right table), names are unique where PostgreSQL requires it, and column
 * options that exclude each other are not combined. Returns every problem found.
 */
export function validateReferences(doc: DiagramDocument): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const report = (path: Path, message: string) => problems.push({ path, message });

  checkUniqueIds(doc, report);

  const schemaIds = new Set(doc.schemas.map((s) => s.id));
  const enumIds = new Set(doc.enums.map((e) => e.id));
  const domainIds = new Set(doc.domains.map((d) => d.id));
  const tableById = new Map(doc.tables.map((t) => [t.id, t]));
  const relationshipIds = new Set(doc.relationships.map((r) => r.id));
  const columnOwner = new Map<string, Table>();
  for (const table of doc.tables) for (const column of table.columns) columnOwner.set(column.id, table);

  const requireSchema = (path: Path, id: string | null) => {
    if (id !== null && !schemaIds.has(id)) report(path, `refers to schema "${id}", which does not exist`);
  };

  checkUniqueNames(doc.schemas, (s) => s.name, ['schemas'], 'schema', report);
  doc.extensions.forEach((ext, i) => requireSchema(['extensions', i, 'schemaId'], ext.schemaId));
  checkUniqueNames(doc.extensions, (e) => e.name, ['extensions'], 'extension', report);
  doc.enums.forEach((enumType, i) => {
    requireSchema(['enums', i, 'schemaId'], enumType.schemaId);
    checkUniqueNames(enumType.values, (v) => v.name, ['enums', i, 'values'], 'enum value', report);
  });
  doc.domains.forEach((domain, i) => {
    requireSchema(['domains', i, 'schemaId'], domain.schemaId);
    if (domain.baseType.kind === 'domain') report(['domains', i, 'baseType'], 'a domain cannot be based on another domain here; use its base type');
    if (domain.baseType.kind === 'enum' && !enumIds.has(domain.baseType.enumId)) report(['domains', i, 'baseType', 'enumId'], `refers to enum "${domain.baseType.enumId}", which does not exist`);
    const typeProblem = columnTypeProblem(domain.baseType);
    if (typeProblem) report(['domains', i, 'baseType'], typeProblem);
  });
  checkNamespaces(doc, report);
  doc.sequences.forEach((sequence, i) => {
    requireSchema(['sequences', i, 'schemaId'], sequence.schemaId);
    for (const problem of sequenceProblems(sequence)) report(['sequences', i, ...problem.path], problem.message);
    const owner = sequence.ownedBy && columnOwner.get(sequence.ownedBy.columnId);
    if (sequence.ownedBy && !owner) report(['sequences', i, 'ownedBy', 'columnId'], `refers to column "${sequence.ownedBy.columnId}", which does not exist`);
    else if (owner && owner.schemaId !== sequence.schemaId) report(['sequences', i, 'ownedBy', 'columnId'], `sequence "${sequence.name}" can only be owned by a column of a table in its own schema (table "${owner.name}" is in another)`);
  });

  doc.tables.forEach((table, ti) => {
    const at = (...rest: Path): Path => ['tables', ti, ...rest];
    const own = new Set(table.columns.map((c) => c.id));
    const requireColumn = (path: Path, id: string) => {
      if (own.has(id)) return;
      const owner = columnOwner.get(id);
      report(path, owner
        ? `refers to column "${id}" of table "${owner.name}", not of table "${table.name}"`
        : `refers to column "${id}", which does not exist`);
    };
    const requireColumns = (path: Path, ids: readonly string[], what: string) => {
      ids.forEach((id, i) => requireColumn([...path, i], id));
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        if (seen.has(id)) report([...path, i], `${what} lists column "${id}" twice`);
        seen.add(id);
      });
    };

    requireSchema(at('schemaId'), table.schemaId);
    checkUniqueNames(table.columns, (c) => c.name, at('columns'), 'column', report);
    table.columns.forEach((column, ci) => {
      const cp = at('columns', ci);
      const type = column.type;
      if (type.kind === 'enum' && !enumIds.has(type.enumId)) report([...cp, 'type', 'enumId'], `refers to enum "${type.enumId}", which does not exist`);
      if (type.kind === 'domain' && !domainIds.has(type.domainId)) report([...cp, 'type', 'domainId'], `refers to domain "${type.domainId}", which does not exist`);
      const typeProblem = columnTypeProblem(type);
      if (typeProblem) report([...cp, 'type'], typeProblem);
      const valueSources = [column.default !== null, column.identity !== null, column.generated !== null].filter(Boolean).length;
      if (valueSources > 1) report(cp, `column "${column.name}" can have only one of default, identity and generated expression`);
      if (column.identity !== null) {
        const identityOk = type.kind === 'base' && type.arrayDims === 0 && catalogType(type.name)?.identityCapable === true;
        if (!identityOk) report([...cp, 'identity'], `identity columns must be smallint, integer or bigint (column "${column.name}")`);
        if (column.nullable) report([...cp, 'nullable'], `identity column "${column.name}" must be NOT NULL (set nullable to false)`);
      }
      if (column.snapshotOf) {
        const source = columnOwner.get(column.snapshotOf.columnId);
        if (!source) report([...cp, 'snapshotOf', 'columnId'], `refers to column "${column.snapshotOf.columnId}", which does not exist`);
        else if (source === table) report([...cp, 'snapshotOf', 'columnId'], 'a snapshot copies a column of another table');
      }
    });

    if (table.primaryKey) requireColumns(at('primaryKey', 'columnIds'), table.primaryKey.columnIds, 'the primary key');
    table.uniques.forEach((u, i) => requireColumns(at('uniques', i, 'columnIds'), u.columnIds, 'the unique constraint'));
    const constraintNames = [
      ...table.uniques.map((u, i) => ({ name: u.name, path: at('uniques', i, 'name') })),
      ...table.checks.map((c, i) => ({ name: c.name, path: at('checks', i, 'name') })),
      ...doc.relationships.flatMap((r, i) => (r.fromTableId === table.id ? [{ name: r.name, path: ['relationships', i, 'name'] as Path }] : [])),
    ];
    const seenConstraint = new Set<string>();
    if (table.primaryKey?.name) seenConstraint.add(table.primaryKey.name);
    for (const { name, path } of constraintNames) {
      if (name === null) continue;
      if (seenConstraint.has(name)) report(path, `table "${table.name}" already has a constraint named "${name}"`);
      seenConstraint.add(name);
    }
    table.indexes.forEach((index, ii) => {
      index.keys.forEach((key, ki) => { if (key.columnId !== null) requireColumn(at('indexes', ii, 'keys', ki, 'columnId'), key.columnId); });
      requireColumns(at('indexes', ii, 'include'), index.include, 'INCLUDE');
      if (index.unique && !['btree'].includes(index.method)) report(at('indexes', ii, 'unique'), `only btree indexes can be unique (index "${index.name}" uses ${index.method})`);
    });
    if (table.partitioning) {
      const { strategy, key, partitions } = table.partitioning;
      key.forEach((k, ki) => { if (k.columnId !== null) requireColumn(at('partitioning', 'key', ki, 'columnId'), k.columnId); });
      if (strategy === 'list' && key.length > 1) report(at('partitioning', 'key'), `list partitioning takes exactly one key column or expression (got ${key.length})`);
      partitions.forEach((partition, pi) => {
        const { bound } = partition;
        const pp = at('partitioning', 'partitions', pi, 'bound');
        if (bound.kind !== 'default' && bound.kind !== strategy) report(pp, `partition "${partition.name}" has a ${bound.kind} bound but the table is partitioned by ${strategy}`);
        if (bound.kind === 'default' && strategy === 'hash') report(pp, 'a hash-partitioned table cannot have a default partition');
        if (bound.kind === 'hash' && bound.remainder >= bound.modulus) report(pp, `remainder ${bound.remainder} must be less than modulus ${bound.modulus}`);
        if (bound.kind === 'range' && (bound.from.length !== key.length || bound.to.length !== key.length)) report(pp, `a range bound gives one value per partition key column (${key.length})`);
      });
    }
    table.dependencies.forEach((fd, fi) => {
      requireColumns(at('dependencies', fi, 'determinant'), fd.determinant, 'the determinant');
      requireColumns(at('dependencies', fi, 'dependent'), fd.dependent, 'the dependent side');
    });
    table.accessPatterns.forEach((pattern, pi) => {
      const pp = at('accessPatterns', pi);
      pattern.filters.forEach((f, fi) => requireColumn([...pp, 'filters', fi, 'columnId'], f.columnId));
      pattern.orderBy.forEach((s, si) => requireColumn([...pp, 'orderBy', si, 'columnId'], s.columnId));
      pattern.select.forEach((id, si) => requireColumn([...pp, 'select', si], id));
      if (pattern.similarity) requireColumn([...pp, 'similarity', 'columnId'], pattern.similarity.columnId);
      pattern.joins.forEach((id, ji) => { if (!relationshipIds.has(id)) report([...pp, 'joins', ji], `refers to relationship "${id}", which does not exist`); });
    });
    checkUniqueNames(table.accessPatterns, (p) => p.name, at('accessPatterns'), 'access pattern', report);
    if (table.junction) {
      const [first, second] = table.junction.relationshipIds;
      if (first === second) report(at('junction', 'relationshipIds', 1), `a junction table joins two different relationships ("${second}" is listed twice)`);
      table.junction.relationshipIds.forEach((id, ji) => {
        const rel = doc.relationships.find((r) => r.id === id);
        if (!rel) report(at('junction', 'relationshipIds', ji), `refers to relationship "${id}", which does not exist`);
        else if (rel.fromTableId !== table.id) report(at('junction', 'relationshipIds', ji), `relationship "${id}" is not a foreign key of junction table "${table.name}"`);
      });
    }
  });

  doc.relationships.forEach((rel, ri) => {
    const at = (...rest: Path): Path => ['relationships', ri, ...rest];
    const from = tableById.get(rel.fromTableId);
    const to = tableById.get(rel.toTableId);
    if (!from) report(at('fromTableId'), `refers to table "${rel.fromTableId}", which does not exist`);
    if (!to) report(at('toTableId'), `refers to table "${rel.toTableId}", which does not exist`);
    const side = (table: Table | undefined, ids: string[], key: string) => {
      if (!table) return;
      const own = new Set(table.columns.map((c) => c.id));
      ids.forEach((id, i) => { if (!own.has(id)) report(at(key, i), `refers to column "${id}", which is not a column of table "${table.name}"`); });
    };
    side(from, rel.fromColumnIds, 'fromColumnIds');
    side(to, rel.toColumnIds, 'toColumnIds');
    if (rel.fromColumnIds.length !== rel.toColumnIds.length) report(at('toColumnIds'), `a foreign key pairs columns one to one: ${rel.fromColumnIds.length} referencing column(s) but ${rel.toColumnIds.length} referenced`);
  });

  const tableIds = new Set(tableById.keys());
  const noteIds = new Set(doc.notes.map((n) => n.id));
  const areaIds = new Set(doc.areas.map((a) => a.id));
  doc.areas.forEach((area, ai) => area.tableIds.forEach((id, ti) => {
    if (!tableIds.has(id)) report(['areas', ai, 'tableIds', ti], `refers to table "${id}", which does not exist`);
  }));
  for (const id of Object.keys(doc.layout.nodes)) {
    if (!tableIds.has(id) && !noteIds.has(id) && !areaIds.has(id)) report(['layout', 'nodes', id], `a position for "${id}", which is not a table, note or area of this diagram`);
  }
  const allIds = collectIds(doc);
  doc.exceptions.forEach((exception, ei) => {
    const { tableId, columnIds, objectId } = exception.subject;
    if (tableId !== null && !tableIds.has(tableId)) report(['exceptions', ei, 'subject', 'tableId'], `refers to table "${tableId}", which does not exist`);
    columnIds.forEach((id, ci) => {
      const owner = columnOwner.get(id);
      const path: Path = ['exceptions', ei, 'subject', 'columnIds', ci];
      if (!owner) report(path, `refers to column "${id}", which does not exist`);
      else if (tableId !== null && tableIds.has(tableId) && owner.id !== tableId) report(path, `refers to column "${id}" of table "${owner.name}", not of the subject table "${tableById.get(tableId)!.name}"`);
    });
    if (objectId !== null && !allIds.has(objectId)) report(['exceptions', ei, 'subject', 'objectId'], `refers to "${objectId}", which does not exist`);
  });
  return problems;
}
