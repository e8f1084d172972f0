import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, serverUnavailableReason, type DatabaseTier, type TestDatabase } from '../support/databases';
import { SCENARIOS } from './scenarios';
import { applyDowns, applyUps, expectCatalog, load, prepare, withMovedColumnsLast } from './support';

/**
 * Each normalization fix as a data-moving bundle on real PostgreSQL: load the
 * old table with rows, UP → the catalog is the fixed diagram and the rows join
 * back to exactly what they were → DOWN → the old table and rows are back →
 * UP again.
 */
const serverReason = await serverUnavailableReason();
const TIERS: { tier: DatabaseTier; skip: boolean }[] = [{ tier: 'pglite18', skip: false }, { tier: 'server15', skip: Boolean(serverReason) }];

describe.each(TIERS)('decomposition round trip on $tier', ({ tier, skip }) => {
  let db: TestDatabase | undefined;
  afterEach(async () => { await db?.close(); db = undefined; });

  it.skipIf(skip).each(SCENARIOS.map((s) => [s().name, s] as const))('%s', async (_name, scenario) => {
    const s = scenario();
    db = await openDatabase(tier);
    const original = await load(db, s);
    const { bundle, target, change } = await prepare(s);

    await applyUps(db, bundle);
    await expectCatalog(db, target);
    expect(await db.query(s.rejoined)).toEqual(original);

    await applyDowns(db, bundle);
    await expectCatalog(db, withMovedColumnsLast(s.before, change));
    expect(await db.query(s.original)).toEqual(original);

    await applyUps(db, bundle);
    await expectCatalog(db, target);
    expect(await db.query(s.rejoined)).toEqual(original);
  }, 60_000);
});
