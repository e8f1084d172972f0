import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStatements } from '../../lib/ddl/generate';
import { importSql } from '../../lib/interop';
import type { DiagramDocument } from '../../lib/model/document';
import { parseDocument } from '../../lib/model/parse';
import { TEMPLATES } from '../../lib/templates';
import { fromPg, fromPglite, introspect } from '../../lib/server/introspect';
import { serverUnavailableReason } from '../support/databases';
import { scratchDatabase } from './support/server';
import { FIXTURES } from '../support/documents';
import { cardinalities, normalized } from './support/normalize';
import pg from 'pg';

/**
 * introspect(apply(diagram)) = diagram: each document's DDL runs on a fresh
 * database, the database is read back into a diagram, and both are compared by
 * names (ids and layout differ by design). On PGlite 18 for everything, on the
 * PostgreSQL 15 server for what it can run (no pgvector there).
 */
const documents = [
  ...TEMPLATES.map((t) => ({ name: `template ${t.id}`, build: t.build, vector: t.id === 'rag', minVersion: 13 })),
  ...FIXTURES.map((f) => ({ name: `fixture ${f.name}`, build: f.build, vector: f.vector, minVersion: f.minVersion })),
];

async function freshPglite(): Promise<PGlite> {
  const db = new PGlite({ extensions: { vector } });
  await db.waitReady;
  return db;
}

function ddl(doc: DiagramDocument): string[] {
  const statements = createStatements(doc);
  if (!statements.ok) throw new Error(statements.error.map((e) => e.message).join('; '));
  return statements.value.map((s) => s.sql);
}

describe('introspection on PGlite 18', () => {
  for (const entry of documents) {
    it(`${entry.name}: introspect(apply(doc)) equals doc`, async () => {
      const db = await freshPglite();
      try {
        const doc = entry.build();
        for (const sql of ddl(doc)) await db.exec(sql);
        const first = await introspect(fromPglite(db));
        if (!first.ok) throw new Error(first.error.message);
        expect(parseDocument(JSON.parse(JSON.stringify(first.value.document))).ok).toBe(true);
        expect(normalized(first.value.document)).toEqual(normalized(doc));
        expect(cardinalities(first.value.document)).toEqual(cardinalities(doc));
        // Deterministic: a second read gives the very same document, ids included.
        const second = await introspect(fromPglite(db));
        expect(second.ok && second.value.document).toEqual(first.value.document);
      } finally {
        await db.close();
      }
    });
  }

  it('notices a difference: a column added by hand shows up', async () => {
    const db = await freshPglite();
    const doc = TEMPLATES.find((t) => t.id === 'ecommerce')!.build();
    for (const sql of ddl(doc)) await db.exec(sql);
    await db.exec('ALTER TABLE users ADD COLUMN nickname varchar(40)');
    const read = await introspect(fromPglite(db));
    expect(read.ok && normalized(read.value.document)).not.toEqual(normalized(doc));
    const users = read.ok ? read.value.document.tables.find((t) => t.name === 'users') : undefined;
    expect(users?.columns.at(-1)).toMatchObject({ name: 'nickname', type: { kind: 'base', name: 'varchar', modifiers: [40] }, nullable: true });
    await db.close();
  });
});

describe('pagila: the dump run on PGlite 18 reads back as the imported diagram', () => {
  const PAGILA = readFileSync(new URL('../../../shared/fixtures/pagila-schema.sql', import.meta.url), 'utf8');
  let db: PGlite;
  beforeAll(async () => { db = await freshPglite(); });
  afterAll(async () => { await db?.close(); });

  it('matches by names, with the VIRTUAL column reported', async () => {
    const imported = await importSql(PAGILA, { name: 'pagila', postgresVersion: 18 });
    if (!imported.ok) throw new Error(imported.error.message);
    await db.exec(PAGILA);
    await db.exec('SET search_path = "$user", public');
    const read = await introspect(fromPglite(db));
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.warnings).toContainEqual(expect.stringContaining('public.film.length_hours is GENERATED … VIRTUAL'));
    expect(read.value.document.tables).toHaveLength(16);
    const expected = imported.value.document;
    // The dump writes some bounds with a +01 offset and defaults as nextval('public.x'); the catalog prints UTC and, with public on the path, nextval('x').
    for (const table of expected.tables) {
      for (const column of table.columns) column.default = column.default?.replace(/nextval\('public\./, "nextval('") ?? null;
      for (const p of table.partitioning?.partitions ?? []) if (p.bound.kind === 'range') p.bound = { ...p.bound, from: p.bound.from.map(utc), to: p.bound.to.map(utc) };
    }
    expect(normalized(read.value.document)).toEqual(normalized(expected));
    expect(cardinalities(read.value.document)).toEqual(cardinalities(expected));
  });
});

const serverSkip = await serverUnavailableReason();
describe.skipIf(Boolean(serverSkip))('introspection on the PostgreSQL 15 server', () => {
  for (const entry of documents.filter((d) => !d.vector && d.minVersion <= 15)) {
    it(`${entry.name}: introspect(apply(doc)) equals doc`, async () => {
      const db = await scratchDatabase();
      const client = new pg.Client({ connectionString: db.url });
      try {
        const doc = { ...entry.build() };
        doc.target = { postgresVersion: 15 };
        await client.connect();
        for (const sql of ddl(doc)) await client.query(sql);
        const read = await introspect(fromPg(client));
        if (!read.ok) throw new Error(read.error.message);
        expect(read.value.document.target.postgresVersion).toBe(15);
        expect(normalized(read.value.document)).toEqual(normalized(doc));
      } finally {
        await client.end().catch(() => undefined);
        await db.drop();
      }
    });
  }
});

function utc(value: string): string {
  const m = /^'?(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})([+-]\d{2})'?$/.exec(value);
  if (!m) return value;
  const iso = new Date(`${m[1]!.replace(' ', 'T')}${m[2]}:00`).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}+00`;
}
