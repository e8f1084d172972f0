import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffBundle, exportBundle } from '../../lib/bundle';
import { validateReferences } from '../../lib/model/validate';
import { openPglite18, type TestDatabase } from '../support/databases';
import { randomDocument } from '../support/random-document';
import { catalogIsEmpty, catalogVsDocument } from '../support/roundtrip';
import { applyDowns, applyUps, expectBundle } from './support/apply';
import { randomEdit } from './support/random-edit';

/**
 * A DOWN re-adds a column the UP dropped at the end of the table (PostgreSQL
 * cannot insert a column in the middle), without its data; so after a DOWN the
 * columns are compared as a set, everything else exactly.
 */
function columnsAsSet(snapshot: unknown): unknown {
  const s = snapshot as { tables: { columns: { name: string }[] }[] };
  return { ...s, tables: s.tables.map((t) => ({ ...t, columns: [...t.columns].sort((x, y) => (x.name < y.name ? -1 : 1)) })) };
}

const SEEDS = Array.from({ length: 30 }, (_, i) => i + 101);

/** Property: the diff bundle takes a database built from `a` to `b`'s catalog, and its DOWN takes it back to `a`'s. */
describe('random diagrams and random edits on PostgreSQL 18 (PGlite)', () => {
  let db: TestDatabase;
  beforeAll(async () => { db = await openPglite18(); });
  afterAll(async () => { await db?.close(); });

  for (const seed of SEEDS) {
    it(`seed ${seed}`, async () => {
      const a = randomDocument(seed, { tables: 4 });
      const b = randomEdit(a, seed);
      expect(validateReferences(b)).toEqual([]);
      const create = expectBundle(await exportBundle(a));
      const change = expectBundle(await diffBundle(a, b));
      await applyUps(db, create);
      await applyUps(db, change);
      let { actual, expected } = await catalogVsDocument(db, b);
      expect(actual).toEqual(expected);
      await applyDowns(db, change);
      ({ actual, expected } = await catalogVsDocument(db, a));
      expect(columnsAsSet(actual)).toEqual(columnsAsSet(expected));
      await applyDowns(db, create);
      ({ actual, expected } = await catalogIsEmpty(db));
      expect(actual).toEqual(expected);
    });
  }
});
