import { describe, expect, it } from 'vitest';
import { DiagramBuilder } from './builder';
import type { DiagramDocument } from './document';
import { documentProblems, parseDocument } from './parse';
import type { DocumentProblem } from './problems';

/**
 * Every way a document can be wrong, one case each: the input is a valid document
 * with one thing broken, and the test asserts the exact problems (path and
 * message). The last test checks, over all cases, that each path points at
 * something in the input, so the UI and the CLI can always show where.
 */

type Path = DocumentProblem['path'];

/** A small valid document touching every kind of object, with readable ids. */
function validDocument(): DiagramDocument {
  const b = new DiagramBuilder('Shop', { readableIds: true });
  b.enum('order_status', ['pending', 'paid']);
  b.table('users', (t) => t
    .column('id', 'bigint', { identity: 'always' })
    .column('email', 'text', { nullable: false })
    .primaryKey('id')
    .unique('email'));
  b.table('orders', (t) => t
    .column('id', 'bigint', { identity: 'always' })
    .column('user_id', 'bigint', { nullable: false })
    .column('status', b.enumType('order_status'), { nullable: false, default: "'pending'" })
    .primaryKey('id')
    .check('id > 0')
    .index('orders_user_id_idx', ['user_id'])
    .dependency(['id'], ['user_id'])
    .accessPattern({ name: 'orders of a user', filters: [{ column: 'user_id', operator: 'eq' }] }));
  b.table('events', (t) => t
    .column('id', 'bigint', { nullable: false })
    .column('at', 'timestamptz', { nullable: false })
    .column('embedding', 'vector(3)')
    .primaryKey('id', 'at'));
  b.foreignKey('orders', ['user_id'], 'users', ['id']);
  b.position('users', 0, 0);
  const doc = b.build();
  doc.tables[2]!.partitioning = {
    strategy: 'range',
    key: [{ columnId: 'col_events_at', expression: null }],
    partitions: [{ id: 'part_events_2025', name: 'events_2025', comment: '', bound: { kind: 'range', from: ['2025-01-01'], to: ['2026-01-01'] } }],
  };
  doc.domains.push({
    id: 'dom_email', schemaId: 'sch_public', name: 'email_address', baseType: { kind: 'base', name: 'text', modifiers: [], arrayDims: 0 },
    notNull: false, default: null, checks: [], comment: '',
  });
  doc.notes.push({ id: 'note_welcome', text: 'Start here', color: '#fef08a' });
  doc.areas.push({ id: 'area_sales', name: 'Sales', color: '#bfdbfe', tableIds: ['tbl_users', 'tbl_orders'] });
  doc.exceptions.push({
    id: 'exc_status', code: '3NF_TRANSITIVE_DEPENDENCY', justification: 'The status is copied for the reporting dashboard.',
    subject: { tableId: 'tbl_orders', columnIds: ['col_orders_status'], objectId: null }, evidence: '', createdAt: null, author: null,
  });
  return doc;
}

/** Sets (or with `undefined`, deletes) the value at `path` of a JSON value, for inputs zod must reject. */
function setAt(root: unknown, path: Path, value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** Follows `path` through a JSON value; `found` is false as soon as a step is missing. */
function resolve(root: unknown, path: Path): { found: boolean; value: unknown } {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) return { found: false, value: undefined };
    node = (node as Record<string | number, unknown>)[key];
  }
  return { found: true, value: node };
}

interface Case {
  readonly name: string;
  readonly input: unknown;
  readonly problems: readonly DocumentProblem[];
}

const cases: Case[] = [];

/** A case whose input is the valid document after `change`. */
function broken(name: string, change: (doc: DiagramDocument) => void, ...problems: [Path, string][]): void {
  const doc = validDocument();
  change(doc);
  cases.push({ name, input: JSON.parse(JSON.stringify(doc)), problems: problems.map(([path, message]) => ({ path, message })) });
}

// ── Not a document, or a version this Tablecraft cannot read ─────────────────
cases.push(
  { name: 'an array instead of an object', input: [], problems: [{ path: [], message: 'a diagram document is a JSON object (got an array)' }] },
  { name: 'null', input: null, problems: [{ path: [], message: 'a diagram document is a JSON object (got null)' }] },
);
broken('another format', (doc) => setAt(doc, ['format'], 'drawdb'),
  [['format'], '"format" must be "tablecraft.diagram" (got "drawdb")']);
broken('no format', (doc) => setAt(doc, ['format'], undefined),
  [['format'], '"format" must be "tablecraft.diagram" (got nothing)']);
broken('a newer format version', (doc) => setAt(doc, ['formatVersion'], 2),
  [['formatVersion'], 'this document has format version 2, newer than this Tablecraft understands (1); upgrade Tablecraft to open it']);
broken('format version 0', (doc) => setAt(doc, ['formatVersion'], 0),
  [['formatVersion'], '"formatVersion" 0 is not a format version: versions are whole numbers from 1 (this Tablecraft reads 1 to 1)']);
broken('a fractional format version', (doc) => setAt(doc, ['formatVersion'], 1.5),
  [['formatVersion'], '"formatVersion" 1.5 is not a format version: versions are whole numbers from 1 (this Tablecraft reads 1 to 1)']);
broken('format version as a string', (doc) => setAt(doc, ['formatVersion'], '1'),
  [['formatVersion'], '"formatVersion" must be a number such as 1 (got "1", which is a string)']);
broken('no format version', (doc) => setAt(doc, ['formatVersion'], undefined),
  [['formatVersion'], '"formatVersion" is missing; this Tablecraft reads format versions 1 to 1']);

// ── Shape: wrong types, missing and unknown fields ───────────────────────────
broken('a name that is a number', (doc) => setAt(doc, ['name'], 5),
  [['name'], 'Invalid input: expected string, received number']);
broken('a blank name', (doc) => setAt(doc, ['name'], '   '),
  [['name'], 'a diagram needs a name']);
broken('a missing column type', (doc) => setAt(doc, ['tables', 0, 'columns', 1, 'type'], undefined),
  [['tables', 0, 'columns', 1, 'type'], 'required field "type" is missing (expected object)']);
broken('a missing table id', (doc) => setAt(doc, ['tables', 1, 'id'], undefined),
  [['tables', 1, 'id'], 'required field "id" is missing (expected string)']);
broken('nullable as a string', (doc) => setAt(doc, ['tables', 0, 'columns', 1, 'nullable'], 'no'),
  [['tables', 0, 'columns', 1, 'nullable'], 'Invalid input: expected boolean, received string']);
broken('an unknown top-level field', (doc) => setAt(doc, ['colour'], 'red'),
  [['colour'], 'unknown field "colour": not part of the Tablecraft document format (misspelled, or written by a newer version?)']);
broken('a misspelled column field', (doc) => setAt(doc, ['tables', 0, 'columns', 1, 'nulable'], false),
  [['tables', 0, 'columns', 1, 'nulable'], 'unknown field "nulable": not part of the Tablecraft document format (misspelled, or written by a newer version?)']);
broken('an unknown field inside a column type', (doc) => setAt(doc, ['tables', 0, 'columns', 1, 'type', 'length'], 10),
  [['tables', 0, 'columns', 1, 'type', 'length'], 'unknown field "length": not part of the Tablecraft document format (misspelled, or written by a newer version?)']);
broken('an unknown column type kind', (doc) => setAt(doc, ['tables', 0, 'columns', 1, 'type', 'kind'], 'integer'),
  [['tables', 0, 'columns', 1, 'type', 'kind'], '"kind" must be one of "base", "enum", "domain", "custom"']);
broken('a bad id', (doc) => setAt(doc, ['notes', 0, 'id'], 'note one'),
  [['notes', 0, 'id'], 'an id is 1–64 characters from A–Z, a–z, 0–9, "_" and "-"']);
broken('a layout key that is not an id', (doc) => setAt(doc, ['layout', 'nodes', 'bad key!'], { x: 0, y: 0 }),
  [['layout', 'nodes', 'bad key!'], 'invalid key "bad key!": an id is 1–64 characters from A–Z, a–z, 0–9, "_" and "-"']);
broken('an index key with neither column nor expression', (doc) => setAt(doc, ['tables', 1, 'indexes', 0, 'keys', 0], {}),
  [['tables', 1, 'indexes', 0, 'keys', 0], 'an index key is either a column (columnId) or an expression, not both or neither']);
broken('an unsupported PostgreSQL version', (doc) => setAt(doc, ['target', 'postgresVersion'], 12),
  [['target', 'postgresVersion'], 'the target PostgreSQL version is one of 13, 14, 15, 16, 17, 18']);
broken('no schemas', (doc) => setAt(doc, ['schemas'], []),
  [['schemas'], 'a diagram has at least one schema (usually "public")']);
broken('a one-line justification', (doc) => setAt(doc, ['exceptions', 0, 'justification'], 'fine'),
  [['exceptions', 0, 'justification'], 'a justification is at least 20 characters: say why this is acceptable']);
broken('a 64-byte name', (doc) => setAt(doc, ['tables', 0, 'name'], 'é'.repeat(32)),
  [['tables', 0, 'name'], 'a PostgreSQL name is at most 63 bytes long']);

// ── Duplicate ids, anywhere in the document ──────────────────────────────────
broken('an enum value id reused', (doc) => { doc.enums[0]!.values[1]!.id = 'val_order_status_pending'; },
  [['enums', 0, 'values', 1, 'id'], 'duplicate id "val_order_status_pending" (already used at enums[0].values[0].id); every object needs its own id']);
broken('an index with the id of a table', (doc) => { doc.tables[1]!.indexes[0]!.id = 'tbl_users'; },
  [['tables', 1, 'indexes', 0, 'id'], 'duplicate id "tbl_users" (already used at tables[0].id); every object needs its own id']);
broken('a check with the id of a unique constraint', (doc) => { doc.tables[1]!.checks[0]!.id = 'uq_users_email'; },
  [['tables', 1, 'checks', 0, 'id'], 'duplicate id "uq_users_email" (already used at tables[0].uniques[0].id); every object needs its own id']);
broken('an area with the id of a note', (doc) => { doc.areas[0]!.id = 'note_welcome'; },
  [['areas', 0, 'id'], 'duplicate id "note_welcome" (already used at notes[0].id); every object needs its own id']);
broken('a partition with the id of a dependency', (doc) => { doc.tables[2]!.partitioning!.partitions[0]!.id = 'fd_orders_id_to_user_id'; },
  [['tables', 2, 'partitioning', 'partitions', 0, 'id'], 'duplicate id "fd_orders_id_to_user_id" (already used at tables[1].dependencies[0].id); every object needs its own id']);
broken('an exception with the id of an access pattern', (doc) => { doc.exceptions[0]!.id = 'ap_orders_orders_of_a_user'; },
  [['exceptions', 0, 'id'], 'duplicate id "ap_orders_orders_of_a_user" (already used at tables[1].accessPatterns[0].id); every object needs its own id']);
broken('a relationship with the id of a domain', (doc) => {
  doc.relationships[0]!.id = 'dom_email';
  doc.tables[1]!.accessPatterns[0]!.joins = [];
}, [['relationships', 0, 'id'], 'duplicate id "dom_email" (already used at domains[0].id); every object needs its own id']);

// ── Dangling references of every kind ────────────────────────────────────────
broken('a table in a missing schema', (doc) => { doc.tables[0]!.schemaId = 'sch_gone'; },
  [['tables', 0, 'schemaId'], 'refers to schema "sch_gone", which does not exist']);
broken('an enum in a missing schema', (doc) => { doc.enums[0]!.schemaId = 'sch_gone'; },
  [['enums', 0, 'schemaId'], 'refers to schema "sch_gone", which does not exist']);
broken('a column of a missing enum', (doc) => { doc.tables[1]!.columns[2]!.type = { kind: 'enum', enumId: 'enm_gone', arrayDims: 0 }; },
  [['tables', 1, 'columns', 2, 'type', 'enumId'], 'refers to enum "enm_gone", which does not exist']);
broken('a column of a missing domain', (doc) => { doc.tables[0]!.columns[1]!.type = { kind: 'domain', domainId: 'dom_gone', arrayDims: 0 }; },
  [['tables', 0, 'columns', 1, 'type', 'domainId'], 'refers to domain "dom_gone", which does not exist']);
broken('a domain over a missing enum', (doc) => { doc.domains[0]!.baseType = { kind: 'enum', enumId: 'enm_gone', arrayDims: 0 }; },
  [['domains', 0, 'baseType', 'enumId'], 'refers to enum "enm_gone", which does not exist']);
broken('a primary key on a missing column', (doc) => { doc.tables[0]!.primaryKey!.columnIds = ['col_gone']; },
  [['tables', 0, 'primaryKey', 'columnIds', 0], 'refers to column "col_gone", which does not exist']);
broken('an index on a column of another table', (doc) => { doc.tables[1]!.indexes[0]!.keys[0]!.columnId = 'col_users_email'; },
  [['tables', 1, 'indexes', 0, 'keys', 0, 'columnId'], 'refers to column "col_users_email" of table "users", not of table "orders"']);
broken('a unique constraint listing a column twice', (doc) => { doc.tables[0]!.uniques[0]!.columnIds = ['col_users_email', 'col_users_email']; },
  [['tables', 0, 'uniques', 0, 'columnIds', 1], 'the unique constraint lists column "col_users_email" twice']);
broken('a dependency on a column of another table', (doc) => { doc.tables[1]!.dependencies[0]!.dependent = ['col_users_email']; },
  [['tables', 1, 'dependencies', 0, 'dependent', 0], 'refers to column "col_users_email" of table "users", not of table "orders"']);
broken('an access pattern filtering a missing column', (doc) => { doc.tables[1]!.accessPatterns[0]!.filters[0]!.columnId = 'col_gone'; },
  [['tables', 1, 'accessPatterns', 0, 'filters', 0, 'columnId'], 'refers to column "col_gone", which does not exist']);
broken('an access pattern joining a missing relationship', (doc) => { doc.tables[1]!.accessPatterns[0]!.joins = ['rel_gone']; },
  [['tables', 1, 'accessPatterns', 0, 'joins', 0], 'refers to relationship "rel_gone", which does not exist']);
broken('a partition key on a missing column', (doc) => { doc.tables[2]!.partitioning!.key[0]!.columnId = 'col_gone'; },
  [['tables', 2, 'partitioning', 'key', 0, 'columnId'], 'refers to column "col_gone", which does not exist']);
broken('a snapshot of a missing column', (doc) => { doc.tables[1]!.columns[1]!.snapshotOf = { columnId: 'col_gone', note: '' }; },
  [['tables', 1, 'columns', 1, 'snapshotOf', 'columnId'], 'refers to column "col_gone", which does not exist']);
broken('a snapshot of its own table', (doc) => { doc.tables[1]!.columns[1]!.snapshotOf = { columnId: 'col_orders_id', note: '' }; },
  [['tables', 1, 'columns', 1, 'snapshotOf', 'columnId'], 'a snapshot copies a column of another table']);
broken('a relationship from a missing table', (doc) => { doc.relationships[0]!.fromTableId = 'tbl_gone'; },
  [['relationships', 0, 'fromTableId'], 'refers to table "tbl_gone", which does not exist']);
broken('a relationship to a column of the wrong table', (doc) => { doc.relationships[0]!.toColumnIds = ['col_orders_id']; },
  [['relationships', 0, 'toColumnIds', 0], 'refers to column "col_orders_id", which is not a column of table "users"']);
broken('a relationship pairing two columns with one', (doc) => { doc.relationships[0]!.toColumnIds = ['col_users_id', 'col_users_email']; },
  [['relationships', 0, 'toColumnIds'], 'a foreign key pairs columns one to one: 1 referencing column(s) but 2 referenced']);
broken('a junction naming a missing relationship', (doc) => { doc.tables[1]!.junction = { relationshipIds: ['rel_orders_user_id', 'rel_gone'] }; },
  [['tables', 1, 'junction', 'relationshipIds', 1], 'refers to relationship "rel_gone", which does not exist']);
broken('a junction naming another table\'s relationship', (doc) => {
  doc.relationships.push({ ...doc.relationships[0]!, id: 'rel_events_user', fromTableId: 'tbl_events', fromColumnIds: ['col_events_id'] });
  doc.tables[1]!.junction = { relationshipIds: ['rel_orders_user_id', 'rel_events_user'] };
}, [['tables', 1, 'junction', 'relationshipIds', 1], 'relationship "rel_events_user" is not a foreign key of junction table "orders"']);
broken('a junction naming one relationship twice', (doc) => { doc.tables[1]!.junction = { relationshipIds: ['rel_orders_user_id', 'rel_orders_user_id'] }; },
  [['tables', 1, 'junction', 'relationshipIds', 1], 'a junction table joins two different relationships ("rel_orders_user_id" is listed twice)']);
broken('a position for a deleted table', (doc) => { doc.layout.nodes.tbl_gone = { x: 1, y: 1, width: null, height: null, collapsed: false, hidden: false }; },
  [['layout', 'nodes', 'tbl_gone'], 'a position for "tbl_gone", which is not a table, note or area of this diagram']);
broken('an area holding a deleted table', (doc) => { doc.areas[0]!.tableIds.push('tbl_gone'); },
  [['areas', 0, 'tableIds', 2], 'refers to table "tbl_gone", which does not exist']);
broken('an exception about a deleted table', (doc) => { doc.exceptions[0]!.subject = { tableId: 'tbl_gone', columnIds: [], objectId: null }; },
  [['exceptions', 0, 'subject', 'tableId'], 'refers to table "tbl_gone", which does not exist']);
broken('an exception about a deleted column', (doc) => { doc.exceptions[0]!.subject.columnIds = ['col_gone']; },
  [['exceptions', 0, 'subject', 'columnIds', 0], 'refers to column "col_gone", which does not exist']);
broken('an exception about a column of another table', (doc) => { doc.exceptions[0]!.subject.columnIds = ['col_users_email']; },
  [['exceptions', 0, 'subject', 'columnIds', 0], 'refers to column "col_users_email" of table "users", not of the subject table "orders"']);
broken('an exception about a deleted object', (doc) => { doc.exceptions[0]!.subject.objectId = 'idx_gone'; },
  [['exceptions', 0, 'subject', 'objectId'], 'refers to "idx_gone", which does not exist']);
broken('an extension in a missing schema', (doc) => { doc.extensions.push({ id: 'ext_vector', name: 'vector', schemaId: 'sch_gone' }); },
  [['extensions', 0, 'schemaId'], 'refers to schema "sch_gone", which does not exist']);

// ── Names PostgreSQL keeps in one namespace ──────────────────────────────────
broken('an index named like a table', (doc) => { doc.tables[1]!.indexes[0]!.name = 'users'; },
  [['tables', 1, 'indexes', 0, 'name'], 'the name "users" is already used by table "users" in the same schema']);
broken('a partition named like an index', (doc) => { doc.tables[2]!.partitioning!.partitions[0]!.name = 'orders_user_id_idx'; },
  [['tables', 2, 'partitioning', 'partitions', 0, 'name'], 'the name "orders_user_id_idx" is already used by index "orders_user_id_idx" in the same schema']);
broken('a unique constraint named like a table', (doc) => { doc.tables[0]!.uniques[0]!.name = 'orders'; },
  [['tables', 0, 'uniques', 0, 'name'], 'the name "orders" is already used by table "orders" in the same schema']);
broken('two tables with one name', (doc) => { doc.tables[1]!.name = 'users'; },
  [['tables', 1, 'name'], 'the name "users" is already used by table "users" in the same schema']);
broken('an enum named like a table', (doc) => { doc.enums[0]!.name = 'orders'; },
  [['enums', 0, 'name'], 'the name "orders" is already used by table "orders" in the same schema']);
broken('a domain named like an enum', (doc) => { doc.domains[0]!.name = 'order_status'; },
  [['domains', 0, 'name'], 'the name "order_status" is already used by enum "order_status" in the same schema']);
broken('two columns with one name', (doc) => { doc.tables[1]!.columns[2]!.name = 'user_id'; },
  [['tables', 1, 'columns', 2, 'name'], 'duplicate column name "user_id"']);
broken('two constraints with one name', (doc) => {
  doc.tables[1]!.checks[0]!.name = 'orders_user_fk';
  doc.relationships[0]!.name = 'orders_user_fk';
}, [['relationships', 0, 'name'], 'table "orders" already has a constraint named "orders_user_fk"']);
broken('two enum values with one label', (doc) => { doc.enums[0]!.values[1]!.name = 'pending'; },
  [['enums', 0, 'values', 1, 'name'], 'duplicate enum value name "pending"']);

// ── Column options that exclude each other ───────────────────────────────────
broken('identity on a text column', (doc) => { doc.tables[0]!.columns[1]!.identity = 'always'; },
  [['tables', 0, 'columns', 1, 'identity'], 'identity columns must be smallint, integer or bigint (column "email")']);
broken('identity on a nullable column', (doc) => { doc.tables[0]!.columns[0]!.nullable = true; },
  [['tables', 0, 'columns', 0, 'nullable'], 'identity column "id" must be NOT NULL (set nullable to false)']);
broken('identity on an array', (doc) => { doc.tables[0]!.columns[0]!.type = { kind: 'base', name: 'bigint', modifiers: [], arrayDims: 1 }; },
  [['tables', 0, 'columns', 0, 'identity'], 'identity columns must be smallint, integer or bigint (column "id")']);
broken('a default together with identity', (doc) => { doc.tables[0]!.columns[0]!.default = '1'; },
  [['tables', 0, 'columns', 0], 'column "id" can have only one of default, identity and generated expression']);
broken('a default together with a generated expression', (doc) => { doc.tables[1]!.columns[2]!.generated = { expression: "'paid'" }; },
  [['tables', 1, 'columns', 2], 'column "status" can have only one of default, identity and generated expression']);
broken('a unique hash index', (doc) => { Object.assign(doc.tables[1]!.indexes[0]!, { method: 'hash', unique: true }); },
  [['tables', 1, 'indexes', 0, 'unique'], 'only btree indexes can be unique (index "orders_user_id_idx" uses hash)']);

// ── Types checked against the catalog ────────────────────────────────────────
broken('a vector without dimensions', (doc) => { doc.tables[2]!.columns[2]!.type = { kind: 'base', name: 'vector', modifiers: [], arrayDims: 0 }; },
  [['tables', 2, 'columns', 2, 'type'], 'vector needs dimensions, e.g. vector(1536)']);
broken('a vector of 20000 dimensions', (doc) => { doc.tables[2]!.columns[2]!.type = { kind: 'base', name: 'vector', modifiers: [20000], arrayDims: 0 }; },
  [['tables', 2, 'columns', 2, 'type'], 'vector dimensions must be between 1 and 16000 (got 20000)']);
broken('a type not in the catalog', (doc) => { doc.tables[0]!.columns[1]!.type = { kind: 'base', name: 'string', modifiers: [], arrayDims: 0 }; },
  [['tables', 0, 'columns', 1, 'type'], 'unknown type "string"; use a catalog type (e.g. text, bigint, varchar, vector) or kind "custom"']);
broken('a domain over a domain', (doc) => { doc.domains[0]!.baseType = { kind: 'domain', domainId: 'dom_email', arrayDims: 0 }; },
  [['domains', 0, 'baseType'], 'a domain cannot be based on another domain here; use its base type']);

// ── Partitioning ─────────────────────────────────────────────────────────────
function hashPartitioned(doc: DiagramDocument, modulus: number, remainder: number) {
  doc.tables[2]!.partitioning = {
    strategy: 'hash',
    key: [{ columnId: 'col_events_id', expression: null }],
    partitions: [{ id: 'part_events_h0', name: 'events_h0', comment: '', bound: { kind: 'hash', modulus, remainder } }],
  };
}
broken('a hash partition with remainder equal to modulus', (doc) => hashPartitioned(doc, 4, 4),
  [['tables', 2, 'partitioning', 'partitions', 0, 'bound'], 'remainder 4 must be less than modulus 4']);
broken('a hash partition with remainder above modulus', (doc) => hashPartitioned(doc, 2, 7),
  [['tables', 2, 'partitioning', 'partitions', 0, 'bound'], 'remainder 7 must be less than modulus 2']);
broken('a range bound with too many values', (doc) => { doc.tables[2]!.partitioning!.partitions[0]!.bound = { kind: 'range', from: ['2025-01-01', '1'], to: ['2026-01-01'] }; },
  [['tables', 2, 'partitioning', 'partitions', 0, 'bound'], 'a range bound gives one value per partition key column (1)']);
broken('a range bound with too few values for a two-column key', (doc) => { doc.tables[2]!.partitioning!.key.push({ columnId: 'col_events_id', expression: null }); },
  [['tables', 2, 'partitioning', 'partitions', 0, 'bound'], 'a range bound gives one value per partition key column (2)']);
broken('a list bound on a range-partitioned table', (doc) => { doc.tables[2]!.partitioning!.partitions[0]!.bound = { kind: 'list', values: ['a'] }; },
  [['tables', 2, 'partitioning', 'partitions', 0, 'bound'], 'partition "events_2025" has a list bound but the table is partitioned by range']);
broken('a default partition on a hash-partitioned table', (doc) => {
  hashPartitioned(doc, 2, 0);
  doc.tables[2]!.partitioning!.partitions[0]!.bound = { kind: 'default' };
}, [['tables', 2, 'partitioning', 'partitions', 0, 'bound'], 'a hash-partitioned table cannot have a default partition']);
broken('list partitioning on two columns', (doc) => {
  doc.tables[2]!.partitioning = {
    strategy: 'list',
    key: [{ columnId: 'col_events_id', expression: null }, { columnId: 'col_events_at', expression: null }],
    partitions: [],
  };
}, [['tables', 2, 'partitioning', 'key'], 'list partitioning takes exactly one key column or expression (got 2)']);

describe('the valid document the cases start from', () => {
  it('parses without problems', () => {
    const result = parseDocument(JSON.parse(JSON.stringify(validDocument())));
    if (!result.ok) throw new Error(JSON.stringify(documentProblems(result.error), null, 2));
    expect(result.value.tables).toHaveLength(3);
  });

  it('accepts the same names in different schemas', () => {
    const doc = validDocument();
    doc.schemas.push({ id: 'sch_archive', name: 'archive', comment: '' });
    doc.tables.push({ ...structuredClone(doc.tables[0]!), id: 'tbl_archive_users', schemaId: 'sch_archive', columns: [], primaryKey: null, uniques: [] });
    expect(parseDocument(doc).ok).toBe(true);
  });
});

describe('document problems', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, { input, problems }) => {
    const result = parseDocument(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(documentProblems(result.error)).toEqual(problems);
  });

  it('gives a path that points into the input for every problem', () => {
    const unresolved: string[] = [];
    for (const { name, input } of cases) {
      const result = parseDocument(input);
      if (result.ok) continue;
      for (const problem of documentProblems(result.error)) {
        if (resolve(input, problem.path).found) continue;
        // A missing required field cannot exist in the input; its parent must.
        const missing = problem.message.includes('is missing') || problem.message.includes('got nothing');
        if (missing && resolve(input, problem.path.slice(0, -1)).found) continue;
        unresolved.push(`${name}: ${JSON.stringify(problem.path)}`);
      }
    }
    expect(unresolved).toEqual([]);
    expect(cases.length).toBeGreaterThan(70);
  });
});
