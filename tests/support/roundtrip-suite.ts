import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from './databases';
import { FIXTURES, type Fixture } from './documents';
import { catalogIsEmpty, catalogVsDocument, execAll, upAndDown } from './roundtrip';

/**
 * UP → DOWN → UP for every fixture the database can run: the catalog must
 * match the document after each UP and hold none of our objects after DOWN.
 * `retarget` runs documents with the database's own version as their target.
 */
export function roundtripSuite(
  title: string,
  open: () => Promise<TestDatabase>,
  options: { skip?: string | null; retarget?: number } = {},
): void {
  describe.skipIf(Boolean(options.skip))(options.skip ? `${title} (skipped: ${options.skip})` : title, () => {
    let db: TestDatabase;
    beforeAll(async () => { db = await open(); });
    afterAll(async () => { await db?.close(); });

    const runnable = (f: Fixture) => !(f.vector && options.retarget !== undefined) && (options.retarget ?? 99) >= f.minVersion;
    for (const fixture of FIXTURES.filter(runnable)) {
      it(`${fixture.name}: UP → DOWN → UP`, async () => {
        const doc = fixture.build();
        if (options.retarget !== undefined) doc.target.postgresVersion = options.retarget;
        const { up, down } = upAndDown(doc);
        await execAll(db, up);
        let { actual, expected } = await catalogVsDocument(db, doc);
        expect(actual).toEqual(expected);
        await execAll(db, down);
        ({ actual, expected } = await catalogIsEmpty(db));
        expect(actual).toEqual(expected);
        await execAll(db, up);
        ({ actual, expected } = await catalogVsDocument(db, doc));
        expect(actual).toEqual(expected);
        await execAll(db, down);
      });
    }
  });
}
