import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStatements } from '../../lib/ddl/generate';
import { describeErrors } from '../../lib/ddl/errors';
import { renderScript } from '../../lib/ddl/statement';
import { importSource } from '../../lib/interop/formats';
import { ecommerceTemplate } from '../../lib/templates/ecommerce';
import { catalogSnapshot } from '../support/catalog';
import { comparable } from '../support/comparable';
import { openPglite18, type TestDatabase } from '../support/databases';

/**
 * SQL → diagram → SQL: the DDL Tablecraft writes for an imported schema,
 * run on a fresh PGlite, gives the same catalog as the original SQL.
 */
const PAGILA = readFileSync(new URL('../../../shared/fixtures/pagila-schema.sql', import.meta.url), 'utf8');

let original: TestDatabase;
let regenerated: TestDatabase;
beforeAll(async () => { [original, regenerated] = await Promise.all([openPglite18(), openPglite18()]); });
afterAll(async () => { await Promise.all([original?.close(), regenerated?.close()]); });

async function reimport(sql: string, postgresVersion?: number) {
  const imported = await importSource('sql', sql, { postgresVersion });
  if (!imported.ok) throw new Error(imported.error.message);
  const statements = createStatements(imported.value.document);
  if (!statements.ok) throw new Error(describeErrors(statements.error));
  return { ...imported.value, sql: renderScript(statements.value) };
}

describe('SQL → diagram → SQL', () => {
  it('the e-commerce template: the regenerated DDL gives the same catalog', async () => {
    const first = createStatements(ecommerceTemplate());
    if (!first.ok) throw new Error(describeErrors(first.error));
    const sql = renderScript(first.value);
    const { sql: again } = await reimport(sql);
    await original.exec(sql);
    await regenerated.exec(again);
    expect(comparable(await catalogSnapshot(regenerated))).toEqual(comparable(await catalogSnapshot(original)));
    await original.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    await regenerated.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  });

  it('pagila: the regenerated DDL gives the catalog of the dump itself (but for the VIRTUAL column)', async () => {
    const { sql, report } = await reimport(PAGILA);
    // pagila uses uuidv7(), so the diagram targets PostgreSQL 18 even though 17 is the default.
    expect(report.target).toEqual({ postgresVersion: 18, reason: expect.stringContaining('uuidv7') });
    await original.exec(PAGILA);
    await original.exec('SET search_path = "$user", public');
    // The 13 sequences are part of the diagram now: the regenerated DDL creates them before the tables that call nextval().
    await regenerated.exec(sql);
    const expected = await catalogSnapshot(original);
    const actual = await catalogSnapshot(regenerated);
    expect(actual.sequences).toHaveLength(13);
    // The document keeps generated columns STORED (the importer warns about film.length_hours, which is VIRTUAL).
    const film = expected.tables.find((t) => t.name === 'film')!;
    const hours = film.columns.find((c) => c.name === 'length_hours')!;
    hours.generated = hours.generated!.replace(/^VIRTUAL /, '');
    // A range bound written with another UTC offset and a nextval with or without "public." are the same value.
    const normalize = (value: unknown) => JSON.parse(JSON.stringify(value).replace(/nextval\('public\./g, "nextval('"));
    const bounds = (s: typeof expected) => s.tables.flatMap((t) => t.partitions.map((p) => p.bound));
    expect(bounds(actual).length).toBe(bounds(expected).length);
    for (const s of [expected, actual]) for (const t of s.tables) for (const p of t.partitions) p.bound = '';
    expect(normalize(comparable(actual))).toEqual(normalize(comparable(expected)));
  });
});
