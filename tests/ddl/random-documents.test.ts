import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite18, type TestDatabase } from '../support/databases';
import { randomDocument } from '../support/random-document';
import { catalogIsEmpty, catalogVsDocument, execAll, upAndDown } from '../support/roundtrip';

const SEEDS = Array.from({ length: 25 }, (_, i) => i + 1);

/** Property: for any valid document, the DDL runs on PostgreSQL 18 and the catalog then equals the document; the DOWN empties it. */
describe('random documents on PostgreSQL 18 (PGlite)', () => {
  let db: TestDatabase;
  beforeAll(async () => { db = await openPglite18(); });
  afterAll(async () => { await db?.close(); });

  it('the same seed gives the same document', () => {
    expect(randomDocument(7)).toEqual(randomDocument(7));
  });

  for (const seed of SEEDS) {
    it(`seed ${seed}`, async () => {
      const doc = randomDocument(seed);
      const { up, down } = upAndDown(doc);
      await execAll(db, up);
      const { actual, expected } = await catalogVsDocument(db, doc);
      expect(actual).toEqual(expected);
      await execAll(db, down);
      const empty = await catalogIsEmpty(db);
      expect(empty.actual).toEqual(empty.expected);
    });
  }
});
