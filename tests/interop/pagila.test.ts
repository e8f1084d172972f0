import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSql, type ImportReport } from '../../lib/interop';
import type { DiagramDocument } from '../../lib/model/document';
import { parseDocument } from '../../lib/model/parse';
import { catalogSnapshot, type CatalogSnapshot } from '../support/catalog';
import { comparable } from '../support/comparable';
import { openPglite18, type TestDatabase } from '../support/databases';
import { expectedSnapshot } from '../support/expected';

/**
 * Imports the real pg_dump of pagila and checks the diagram against what
 * PostgreSQL itself makes of the same file: the dump runs unchanged on PGlite
 * (PostgreSQL 18 with pgvector), the catalog is read back, and the snapshot the
 * diagram predicts (tests/support/expected.ts) must equal it.
 */
const PAGILA = new URL('../../../shared/fixtures/pagila-schema.sql', import.meta.url);
const sql = readFileSync(PAGILA, 'utf8');

let db: TestDatabase;
let actual: CatalogSnapshot;
let document: DiagramDocument;
let report: ImportReport;

beforeAll(async () => {
  const result = await importSql(sql, { name: 'pagila', postgresVersion: 18 });
  if (!result.ok) throw new Error(`pagila did not import: ${result.error.message}`);
  ({ document, report } = result.value);
  db = await openPglite18();
  await db.exec(sql);
  // The dump empties search_path for its session; restore it so format_type()
  // prints public types unqualified, as the expected snapshot does.
  await db.exec('SET search_path = "$user", public');
  actual = await catalogSnapshot(db);
});

afterAll(async () => {
  await db?.close();
});

describe('pagila import', () => {
  it('gives a valid diagram document', () => {
    expect(parseDocument(JSON.parse(JSON.stringify(document))).ok).toBe(true);
  });

  it('matches the catalog of the same dump run on PGlite 18: tables, partitions, columns, types, keys, FKs, indexes', () => {
    // The one thing the diagram cannot say: film.length_hours is GENERATED … VIRTUAL
    // and the document keeps generated columns STORED. The importer warns about it.
    expect(report.warnings).toContainEqual({ line: 438, message: expect.stringContaining('film.length_hours" is GENERATED … VIRTUAL') });
    const catalog = structuredClone(actual);
    const film = catalog.tables.find((t) => t.name === 'film')!;
    const lengthHours = film.columns.find((c) => c.name === 'length_hours')!;
    expect(lengthHours.generated).toMatch(/^VIRTUAL /);
    lengthHours.generated = lengthHours.generated!.replace(/^VIRTUAL /, '');

    // Range bounds written with another UTC offset ('2022-04-01 01:00:00+01') come back in UTC.
    const expected = expectedSnapshot(document);
    for (const table of [...catalog.tables, ...expected.tables]) {
      for (const partition of table.partitions) partition.bound = utcBound(partition.bound);
    }
    // With the search path restored, PostgreSQL prints nextval('public.x_seq'::regclass) as nextval('x_seq'::regclass).
    for (const table of expected.tables) {
      for (const column of table.columns) column.default = column.default?.replace(/nextval\('public\./, "nextval('") ?? null;
    }
    expect(comparable(expected)).toEqual(comparable(catalog));
  });

  it('has the 16 tables and folds the 55 monthly payment partitions into payment', () => {
    expect(document.tables.map((t) => t.name).sort()).toEqual(actual.tables.map((t) => t.name).sort());
    expect(document.tables).toHaveLength(16);
    const payment = document.tables.find((t) => t.name === 'payment')!;
    expect(payment.partitioning?.strategy).toBe('range');
    expect(payment.partitioning?.partitions).toHaveLength(55);
    expect(payment.partitioning?.partitions[0]).toMatchObject({
      name: 'payment_p2022_01', bound: { kind: 'range', from: ['2022-01-01 00:00:00+00'], to: ['2022-02-01 00:00:00+00'] },
    });
  });

  it('imports the 13 sequences, keeps serial-style defaults as written, invents no identities', () => {
    const customer = document.tables.find((t) => t.name === 'customer')!;
    const id = customer.columns.find((c) => c.name === 'customer_id')!;
    expect(id).toMatchObject({ default: "nextval('public.customer_customer_id_seq'::regclass)", identity: null });
    expect(report.sequences).toHaveLength(13);
    expect(report.sequences).toContainEqual({ name: 'customer_customer_id_seq', line: 254, ownedBy: null, usedBy: ['customer.customer_id'] });
    expect(document.sequences).toHaveLength(13);
    // START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1: all defaults. pagila has no OWNED BY.
    expect(document.sequences.find((q) => q.name === 'customer_customer_id_seq')).toMatchObject({
      dataType: 'bigint', start: null, increment: 1, minValue: null, maxValue: null, cache: 1, cycle: false, ownedBy: null,
    });
  });

  it('guesses cardinality from keys: 1:1 when the FK columns are a key of their own table', () => {
    const byName = new Map(document.relationships.map((r) => [r.name, r]));
    expect(byName.get('film_embedding_film_id_fkey')?.cardinality).toBe('1:1');
    expect(byName.get('customer_address_id_fkey')?.cardinality).toBe('1:N');
    expect(byName.get('address_city_id_fkey')).toMatchObject({ onUpdate: 'CASCADE', onDelete: 'RESTRICT' });
  });

  it('reports every skipped statement by kind, with counts that add up to the statements parsed', () => {
    expect(report.statementCount).toBe(388);
    expect(report.counts).toEqual({
      imported: {
        constraint: 34, domain: 2, enum: 1, extension: 1, index: 19, partition: 55, 'partition attach': 55, sequence: 13, table: 16,
      },
      skipped: {
        aggregate: 1, comment: 1, function: 9, grant: 1, index: 1, 'materialized view': 1, ownership: 106,
        'partition constraint': 18, 'partition index': 18, revoke: 1, select: 1, set: 11, trigger: 16, view: 7,
      },
      failed: 0,
    });
    const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total(report.counts.imported) + total(report.counts.skipped) + report.counts.failed).toBe(report.statementCount);
    expect(report.statements).toHaveLength(report.statementCount);
    expect(report.statements).toContainEqual(expect.objectContaining({ outcome: 'skipped', kind: 'trigger', name: 'film_fulltext_trigger on film', line: 2620 }));
    expect(report.statements).toContainEqual(expect.objectContaining({ outcome: 'skipped', kind: 'function', name: 'film_in_stock', line: 83 }));
    expect(report.statements).toContainEqual(expect.objectContaining({ outcome: 'skipped', kind: 'materialized view', name: 'rental_by_category', line: 1752 }));
    expect(report.statements).toContainEqual(expect.objectContaining({ outcome: 'skipped', kind: 'index', name: 'rental_category', reason: expect.stringContaining('materialized view') }));
    expect(report.statements).toContainEqual(expect.objectContaining({ outcome: 'skipped', kind: 'partition index', name: 'payment_p2022_01_customer_id_idx' }));
  });
});

/** `FOR VALUES FROM ('2022-04-01 01:00:00+01') TO (…)` with each timestamp rewritten in UTC. */
function utcBound(bound: string): string {
  return bound.replace(/'(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})([+-]\d{2})'/g, (_, time: string, offset: string) => {
    const utc = new Date(`${time.replace(' ', 'T')}${offset}:00`).toISOString();
    return `'${utc.slice(0, 10)} ${utc.slice(11, 19)}+00'`;
  });
}
