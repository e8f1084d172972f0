import { describe, expect, it } from 'vitest';
import type { DiagramDocument } from '../../model/document';
import { parseDocument } from '../../model/parse';
import type { Table } from '../../model/table';
import { importSql } from './import';

async function load(sql: string) {
  const result = await importSql(sql, { postgresVersion: 18 });
  if (!result.ok) throw new Error(`import failed: ${result.error.message}`);
  expect(parseDocument(JSON.parse(JSON.stringify(result.value.document))).ok).toBe(true);
  return result.value;
}

const tableNamed = (doc: DiagramDocument, name: string): Table => {
  const table = doc.tables.find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name}`);
  return table;
};
const columnName = (table: Table, id: string | null) => table.columns.find((c) => c.id === id)?.name;

describe('importSql: schemas, extensions, enums, domains', () => {
  it('maps CREATE SCHEMA, CREATE EXTENSION … WITH SCHEMA, enums and domains with NOT NULL, default and checks', async () => {
    const { document } = await load(`
      CREATE SCHEMA sales;
      CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA sales;
      CREATE TYPE sales.status AS ENUM ('new', 'paid');
      CREATE DOMAIN sales.code AS character varying(8) NOT NULL DEFAULT 'X'::character varying
        CONSTRAINT code_check CHECK (((VALUE)::text <> ''::text)) CHECK (length(VALUE) < 9);
      COMMENT ON SCHEMA sales IS 'Sales data';
      COMMENT ON TYPE sales.status IS 'order state';`);
    const sales = document.schemas.find((s) => s.name === 'sales')!;
    expect(sales.comment).toBe('Sales data');
    expect(document.extensions).toEqual([{ id: expect.any(String), name: 'pg_trgm', schemaId: sales.id }]);
    expect(document.enums[0]).toMatchObject({ name: 'status', schemaId: sales.id, comment: 'order state', values: [{ name: 'new' }, { name: 'paid' }] });
    expect(document.domains[0]).toMatchObject({
      name: 'code', schemaId: sales.id, baseType: { kind: 'base', name: 'varchar', modifiers: [8] }, notNull: true,
      default: "'X'::character varying",
      checks: [{ name: 'code_check', expression: "(VALUE)::text <> ''::text" }, { name: null, expression: 'length(VALUE) < 9' }],
    });
  });
});

describe('importSql: tables and columns', () => {
  it('reads types (pg_catalog names, arrays, modifiers, enums, domains, extension types, custom), NOT NULL and defaults as written', async () => {
    const { document } = await load(`
      CREATE EXTENSION vector;
      CREATE TYPE public.mood AS ENUM ('ok');
      CREATE DOMAIN public.pos AS integer CHECK (VALUE > 0);
      CREATE TABLE public.t (
        a pg_catalog.int4 NOT NULL,
        b integer[] DEFAULT '{}'::integer[],
        c numeric(10,2) DEFAULT (1 + 2) * 3 NOT NULL,
        d timestamp(3) with time zone DEFAULT now(),
        e public.mood[] DEFAULT ARRAY['ok'::public.mood],
        f public.pos,
        g public.vector(3),
        h geometry(Point,4326),
        i double precision DEFAULT 0.5 CHECK (i > 0),
        j text COLLATE pg_catalog."C" DEFAULT 'it''s' NULL,
        k bigint GENERATED ALWAYS AS IDENTITY,
        l integer GENERATED ALWAYS AS ((a * 2)) STORED,
        m boolean DEFAULT x IS NOT DISTINCT FROM NULL
      );`);
    const t = tableNamed(document, 't');
    const col = (name: string) => t.columns.find((c) => c.name === name)!;
    expect(col('a')).toMatchObject({ type: { kind: 'base', name: 'integer', arrayDims: 0 }, nullable: false, default: null });
    expect(col('b')).toMatchObject({ type: { kind: 'base', name: 'integer', arrayDims: 1 }, default: "'{}'::integer[]" });
    expect(col('c')).toMatchObject({ type: { kind: 'base', name: 'numeric', modifiers: [10, 2] }, default: '(1 + 2) * 3', nullable: false });
    expect(col('d')).toMatchObject({ type: { kind: 'base', name: 'timestamptz', modifiers: [3] }, default: 'now()' });
    expect(col('e')).toMatchObject({ type: { kind: 'enum', enumId: document.enums[0]!.id, arrayDims: 1 }, default: "ARRAY['ok'::public.mood]" });
    expect(col('f').type).toEqual({ kind: 'domain', domainId: document.domains[0]!.id, arrayDims: 0 });
    expect(col('g').type).toEqual({ kind: 'base', name: 'vector', modifiers: [3], arrayDims: 0 });
    // The parser folds the unquoted modifier to lower case; PostGIS reads it case-insensitively.
    expect(col('h').type).toEqual({ kind: 'custom', sql: 'geometry(point,4326)' });
    expect(col('i')).toMatchObject({ type: { kind: 'base', name: 'double precision' }, default: '0.5' });
    expect(col('j')).toMatchObject({ collation: 'C', default: "'it''s'", nullable: true });
    expect(col('k')).toMatchObject({ identity: 'always', nullable: false, default: null });
    expect(col('l')).toMatchObject({ generated: { expression: '(a * 2)' }, default: null });
    expect(col('m').default).toBe('x IS NOT DISTINCT FROM NULL');
    expect(t.checks).toEqual([{ id: expect.any(String), name: null, expression: 'i > 0' }]);
  });

  it('applies ALTER TABLE … ALTER COLUMN SET DEFAULT, ADD GENERATED AS IDENTITY, SET NOT NULL and ADD COLUMN', async () => {
    const { document, report } = await load(`
      CREATE TABLE t (id integer, note text);
      ALTER TABLE ONLY t ALTER COLUMN note SET DEFAULT ('a'::text || 'b'::text);
      ALTER TABLE t ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (SEQUENCE NAME t_id_seq START WITH 1);
      ALTER TABLE t ALTER COLUMN note SET NOT NULL, ADD COLUMN extra uuid;`);
    const t = tableNamed(document, 't');
    expect(t.columns.map((c) => [c.name, c.default, c.identity, c.nullable])).toEqual([
      ['id', null, 'by_default', false], ['note', "('a'::text || 'b'::text)", null, false], ['extra', null, null, true],
    ]);
    expect(report.counts.imported).toEqual({ 'alter table': 2, 'column default': 1, table: 1 });
  });

  it('imports the sequence of a serial-style column with its owner, keeps the nextval default, invents no identity', async () => {
    const { document, report } = await load(`
      CREATE SEQUENCE public.orders_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
      CREATE TABLE public.orders (id integer DEFAULT nextval('public.orders_id_seq'::regclass) NOT NULL);
      ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;
      COMMENT ON SEQUENCE public.orders_id_seq IS 'Order numbers.';`);
    const orders = tableNamed(document, 'orders');
    expect(orders.columns[0]).toMatchObject({ default: "nextval('public.orders_id_seq'::regclass)", identity: null });
    // pg_dump spells out the defaults; the document keeps them as null.
    expect(document.sequences).toEqual([{
      id: expect.stringMatching(/^seq_/), schemaId: document.schemas[0]!.id, name: 'orders_id_seq', dataType: 'integer',
      start: null, increment: 1, minValue: null, maxValue: null, cache: 1, cycle: false, ownedBy: { columnId: orders.columns[0]!.id }, comment: 'Order numbers.',
    }]);
    expect(report.sequences).toEqual([{ name: 'orders_id_seq', line: 2, ownedBy: 'orders.id', usedBy: ['orders.id'] }]);
    expect(report.counts.imported).toEqual({ comment: 1, sequence: 1, 'sequence ownership': 1, table: 1 });
    expect(report.counts.skipped).toEqual({});
  });

  it('reads sequence options: AS, START, INCREMENT, MIN/MAXVALUE, CACHE, CYCLE, and ALTER SEQUENCE changes', async () => {
    const { document, report } = await load(`
      CREATE SCHEMA app;
      CREATE SEQUENCE app.countdown AS smallint INCREMENT BY -1 MINVALUE -32768 MAXVALUE -1 START WITH -1 CACHE 5 CYCLE;
      CREATE SEQUENCE app.tickets START 1000 INCREMENT 10 MINVALUE 1000 MAXVALUE 9999999999;
      CREATE SEQUENCE app.huge MAXVALUE 9223372036854775806;
      ALTER SEQUENCE app.tickets NO CYCLE CACHE 20 RESTART;
      ALTER SEQUENCE app.tickets RESTART WITH 5000;
      SELECT pg_catalog.setval('app.tickets', 42, true);`);
    const byName = new Map(document.sequences.map((q) => [q.name, q]));
    expect(byName.get('countdown')).toMatchObject({ dataType: 'smallint', increment: -1, minValue: null, maxValue: null, start: null, cache: 5, cycle: true });
    expect(byName.get('tickets')).toMatchObject({ dataType: 'bigint', increment: 10, minValue: 1000, maxValue: 9_999_999_999, start: null, cache: 20, cycle: false });
    expect(byName.get('huge')).toMatchObject({ maxValue: null });
    expect(report.warnings).toEqual([expect.objectContaining({ line: 5, message: expect.stringContaining('MAXVALUE 9223372036854775806 is beyond') })]);
    expect(report.counts.imported).toMatchObject({ sequence: 3, 'alter sequence': 1 });
    expect(report.counts.skipped).toMatchObject({ 'alter sequence': 1, select: 1 });
  });
});

describe('importSql: keys and constraints', () => {
  it('reads inline and table PK, UNIQUE (NULLS NOT DISTINCT), CHECK and ALTER TABLE ONLY … ADD CONSTRAINT', async () => {
    const { document } = await load(`
      CREATE TABLE a (id bigint PRIMARY KEY, code text UNIQUE, x int, y int, CONSTRAINT xy_key UNIQUE NULLS NOT DISTINCT (x, y));
      CREATE TABLE b (id int, v int);
      ALTER TABLE ONLY b ADD CONSTRAINT b_pkey PRIMARY KEY (id);
      ALTER TABLE ONLY b ADD CONSTRAINT v_check CHECK ((v > 0)) NOT VALID;`);
    const a = tableNamed(document, 'a');
    expect(a.primaryKey?.columnIds.map((id) => columnName(a, id))).toEqual(['id']);
    expect(a.uniques.map((u) => [u.name, u.columnIds.map((id) => columnName(a, id)), u.nullsNotDistinct])).toEqual([
      [null, ['code'], false], ['xy_key', ['x', 'y'], true],
    ]);
    const b = tableNamed(document, 'b');
    expect(b.primaryKey).toEqual({ name: 'b_pkey', columnIds: [b.columns[0]!.id] });
    expect(b.columns[0]!.nullable).toBe(false);
    expect(b.checks).toEqual([{ id: expect.any(String), name: 'v_check', expression: 'v > 0' }]);
  });

  it('turns foreign keys into relationships with actions, DEFERRABLE, MATCH FULL and a guessed cardinality', async () => {
    const { document } = await load(`
      CREATE TABLE users (id bigint PRIMARY KEY, org_id int, team_id int, UNIQUE (org_id, team_id));
      CREATE TABLE profiles (user_id bigint PRIMARY KEY REFERENCES users ON DELETE CASCADE);
      CREATE TABLE posts (id bigint PRIMARY KEY, author_id bigint, org_id int, team_id int);
      ALTER TABLE ONLY posts ADD CONSTRAINT posts_author_fkey FOREIGN KEY (author_id) REFERENCES users(id)
        ON UPDATE SET NULL ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED;
      ALTER TABLE ONLY posts ADD CONSTRAINT posts_team_fkey FOREIGN KEY (org_id, team_id) REFERENCES users(org_id, team_id) MATCH FULL;`);
    const [profile, author, team] = document.relationships;
    expect(profile).toMatchObject({ name: null, cardinality: '1:1', onDelete: 'CASCADE', onUpdate: 'NO ACTION' });
    expect(profile!.toColumnIds).toEqual(tableNamed(document, 'users').primaryKey!.columnIds);
    expect(author).toMatchObject({ name: 'posts_author_fkey', cardinality: '1:N', onDelete: 'RESTRICT', onUpdate: 'SET NULL', deferrable: 'initially_deferred', matchFull: false });
    expect(team).toMatchObject({ name: 'posts_team_fkey', matchFull: true, deferrable: 'not_deferrable' });
    expect(team!.toColumnIds.map((id) => columnName(tableNamed(document, 'users'), id))).toEqual(['org_id', 'team_id']);
  });

  it('reports an FK to a table that is not in the file as a warning with its line, and fails only that statement', async () => {
    const { document, report } = await load(`CREATE TABLE a (id int PRIMARY KEY, b_id int);
ALTER TABLE ONLY a
    ADD CONSTRAINT a_b_fkey FOREIGN KEY (b_id) REFERENCES public.b(id);`);
    expect(document.relationships).toEqual([]);
    expect(report.warnings).toEqual([{ line: 2, message: expect.stringContaining('references "public.b", which is not in the file') }]);
    expect(report.statements[1]).toMatchObject({ outcome: 'failed', kind: 'constraint', line: 2 });
    expect(report.counts).toMatchObject({ failed: 1, imported: { table: 1 } });
  });
});

describe('importSql: indexes', () => {
  it('reads method, keys and expressions, order, nulls, opclass, collation, INCLUDE, WHERE and WITH', async () => {
    const { document } = await load(`
      CREATE TABLE t (id int, email text, tags text[], body tsvector, e public.vector(3));
      CREATE UNIQUE INDEX t_email_key ON public.t USING btree (lower(email) text_pattern_ops DESC NULLS LAST, id COLLATE pg_catalog."C")
        INCLUDE (tags) WITH (fillfactor='70', deduplicate_items=off) WHERE ((email IS NOT NULL) AND (id > 0));
      CREATE INDEX t_expr_idx ON t ((id + 1), ((email || 'x'::text)));
      CREATE INDEX ON t USING gin (tags);
      CREATE INDEX t_e_idx ON t USING hnsw (e public.vector_cosine_ops) WITH (m = 16, ef_construction = 64);
      COMMENT ON INDEX public.t_email_key IS 'lookups';`);
    const t = tableNamed(document, 't');
    const [unique, expr, gin, hnsw] = t.indexes;
    expect(unique).toMatchObject({
      name: 't_email_key', method: 'btree', unique: true, comment: 'lookups',
      keys: [
        { columnId: null, expression: 'lower(email)', order: 'desc', nulls: 'last', opclass: 'text_pattern_ops', collation: null },
        { columnId: t.columns[0]!.id, expression: null, order: null, nulls: null, opclass: null, collation: 'C' },
      ],
      include: [t.columns[2]!.id], where: '((email IS NOT NULL) AND (id > 0))', with: { fillfactor: 70, deduplicate_items: 'off' },
    });
    expect(expr!.keys.map((k) => k.expression)).toEqual(['id + 1', "(email || 'x'::text)"]);
    expect(gin).toMatchObject({ name: 't_tags_idx', method: 'gin' });
    expect(hnsw).toMatchObject({ method: 'hnsw', with: { m: 16, ef_construction: 64 }, keys: [{ opclass: 'vector_cosine_ops' }] });
  });

  it('models the ON ONLY parent index once and skips per-partition indexes and their ATTACH, reporting them', async () => {
    const { document, report } = await load(`
      CREATE TABLE m (id int, at date) PARTITION BY RANGE (at);
      CREATE TABLE m_2025 PARTITION OF m FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
      CREATE INDEX m_at_idx ON ONLY public.m USING btree (at);
      CREATE INDEX m_2025_at_idx ON public.m_2025 USING btree (at);
      ALTER INDEX public.m_at_idx ATTACH PARTITION public.m_2025_at_idx;`);
    expect(tableNamed(document, 'm').indexes.map((i) => i.name)).toEqual(['m_at_idx']);
    expect(report.counts.skipped).toEqual({ 'index attach': 1, 'partition index': 1 });
    expect(report.statements[3]).toMatchObject({ outcome: 'skipped', kind: 'partition index', name: 'm_2025_at_idx', line: 5 });
  });
});

describe('importSql: partitions', () => {
  it('reads RANGE / LIST / HASH keys and bounds from PARTITION OF, including DEFAULT, MINVALUE and expression keys', async () => {
    const { document } = await load(`
      CREATE TABLE r (a int, b int) PARTITION BY RANGE (a, b);
      CREATE TABLE r1 PARTITION OF r FOR VALUES FROM (MINVALUE, 0) TO (10, MAXVALUE);
      CREATE TABLE l (region text) PARTITION BY LIST ((lower(region)));
      CREATE TABLE l_eu PARTITION OF l FOR VALUES IN ('de', 'fr');
      CREATE TABLE l_other PARTITION OF l DEFAULT;
      CREATE TABLE h (tenant int) PARTITION BY HASH (tenant);
      CREATE TABLE h0 PARTITION OF h FOR VALUES WITH (modulus 2, remainder 0);
      CREATE TABLE h1 PARTITION OF h FOR VALUES WITH (modulus 2, remainder 1);`);
    expect(document.tables.map((t) => t.name)).toEqual(['r', 'l', 'h']);
    expect(tableNamed(document, 'r').partitioning).toMatchObject({ strategy: 'range', partitions: [{ name: 'r1', bound: { kind: 'range', from: ['MINVALUE', '0'], to: ['10', 'MAXVALUE'] } }] });
    expect(tableNamed(document, 'l').partitioning).toMatchObject({
      strategy: 'list', key: [{ columnId: null, expression: 'lower(region)' }],
      partitions: [{ name: 'l_eu', bound: { kind: 'list', values: ['de', 'fr'] } }, { name: 'l_other', bound: { kind: 'default' } }],
    });
    expect(tableNamed(document, 'h').partitioning?.partitions.map((p) => p.bound)).toEqual([
      { kind: 'hash', modulus: 2, remainder: 0 }, { kind: 'hash', modulus: 2, remainder: 1 },
    ]);
  });

  it("folds pg_dump's CREATE TABLE + ATTACH PARTITION into the parent, skipping the partition's own constraints", async () => {
    const { document, report } = await load(`
      CREATE TABLE p (id int NOT NULL, at timestamptz NOT NULL) PARTITION BY RANGE (at);
      CREATE TABLE p_2025 (id int NOT NULL, at timestamptz NOT NULL);
      COMMENT ON TABLE p_2025 IS 'year 2025';
      ALTER TABLE ONLY p ATTACH PARTITION p_2025 FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');
      ALTER TABLE ONLY p ADD CONSTRAINT p_pkey PRIMARY KEY (id, at);
      ALTER TABLE ONLY p_2025 ADD CONSTRAINT p_2025_pkey PRIMARY KEY (id, at);`);
    expect(document.tables.map((t) => t.name)).toEqual(['p']);
    expect(tableNamed(document, 'p').partitioning?.partitions).toEqual([{
      id: expect.any(String), name: 'p_2025', comment: 'year 2025',
      bound: { kind: 'range', from: ['2025-01-01 00:00:00+00'], to: ['2026-01-01 00:00:00+00'] },
    }]);
    expect(report.counts).toEqual({
      imported: { comment: 1, constraint: 1, partition: 1, 'partition attach': 1, table: 1 }, skipped: { 'partition constraint': 1 }, failed: 0,
    });
  });
});

describe('importSql: comments, skipped statements and errors', () => {
  it('reads COMMENT ON TABLE and COLUMN', async () => {
    const { document } = await load(`CREATE TABLE t (a int); COMMENT ON TABLE public.t IS 'Things'; COMMENT ON COLUMN public.t.a IS 'the a';`);
    expect(tableNamed(document, 't')).toMatchObject({ comment: 'Things', columns: [{ comment: 'the a' }] });
  });

  it('lists every statement outside the model with kind, name and line, and counts them', async () => {
    const { report } = await load(`SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);
CREATE TABLE t (a int);
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$;
CREATE VIEW v AS SELECT a FROM t;
CREATE MATERIALIZED VIEW mv AS SELECT a FROM t;
CREATE TRIGGER trg BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f();
CREATE RULE r AS ON INSERT TO v DO INSTEAD NOTHING;
GRANT SELECT ON t TO PUBLIC;
ALTER TABLE public.t OWNER TO postgres;
CREATE PUBLICATION pub FOR TABLE t;
COPY public.t (a) FROM stdin;
1
2
\\.
`);
    expect(report.counts.skipped).toEqual({
      copy: 1, function: 1, grant: 1, 'materialized view': 1, ownership: 1, procedure: 1, publication: 1, rule: 1, select: 1, set: 1, trigger: 1, view: 1,
    });
    expect(report.statements.filter((s) => s.outcome === 'skipped').map((s) => [s.line, s.kind, s.name])).toEqual([
      [1, 'set', 'statement_timeout'], [2, 'select', null], [4, 'function', 'f'], [5, 'procedure', 'p'], [6, 'view', 'v'],
      [7, 'materialized view', 'mv'], [8, 'trigger', 'trg on t'], [9, 'rule', 'r on v'], [10, 'grant', null], [11, 'ownership', 't'],
      [12, 'publication', 'pub'], [13, 'copy', 't'],
    ]);
    expect(report.nonSql).toEqual([{ line: 13, text: '2 COPY data rows (lines 14–16)' }]);
    expect(report.statementCount).toBe(report.statements.length);
  });

  it('returns the parser message with line and column on a syntax error', async () => {
    const result = await importSql('CREATE TABLE a (x int);\nCREATE TABLE b (\n  y intt garbage\n);');
    expect(result).toEqual({ ok: false, error: { kind: 'parse_error', message: 'syntax error at or near "garbage"', line: 3, column: 10 } });
  });

  it('takes statement lines and expression text right after non-ASCII names (offsets are bytes)', async () => {
    const { document, report } = await load(`CREATE DOMAIN public."bıgınt" AS bigint;\n\nCREATE TABLE "tåble" (x int DEFAULT 42, CHECK (x > 1));`);
    expect(tableNamed(document, 'tåble')).toMatchObject({ columns: [{ default: '42' }], checks: [{ expression: 'x > 1' }] });
    expect(report.statements.map((s) => s.line)).toEqual([1, 3]);
  });

  it('places tables on a grid so each has a position', async () => {
    const { document } = await load('CREATE TABLE a (x int); CREATE TABLE b (x int); CREATE TABLE c (x int);');
    const positions = document.tables.map((t) => document.layout.nodes[t.id]);
    expect(positions.map((p) => [p?.x, p?.y])).toEqual([[0, 0], [320, 0], [0, 148]]);
  });
});
