import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBundle } from '../../lib/bundle';
import type { DiagramDocument } from '../../lib/model/document';
import { ecommerceTemplate } from '../../lib/templates/ecommerce';
import { eventsTemplate } from '../../lib/templates/events';
import { ragTemplate } from '../../lib/templates/rag';
import { saasTemplate } from '../../lib/templates/saas';
import { openPglite17, openPglite18, openServerDatabase, serverUnavailableReason, type TestDatabase } from '../support/databases';
import { catalogIsEmpty, catalogVsDocument } from '../support/roundtrip';
import { applyDowns, applyUps, expectBundle } from './support/apply';

/** Every template's bundle: all UP files in order → all DOWN in reverse → all UP again, the catalog checked after each step. */
const TEMPLATES: { name: string; vector: boolean; build: () => DiagramDocument }[] = [
  { name: 'ecommerce', vector: false, build: ecommerceTemplate },
  { name: 'saas', vector: false, build: saasTemplate },
  { name: 'events', vector: false, build: () => eventsTemplate() },
  { name: 'rag', vector: true, build: ragTemplate },
];

function suite(title: string, open: () => Promise<TestDatabase>, options: { skip?: string | null; retarget?: number } = {}) {
  describe.skipIf(Boolean(options.skip))(title, () => {
    let db: TestDatabase;
    beforeAll(async () => { db = await open(); });
    afterAll(async () => { await db?.close(); });
    for (const template of TEMPLATES.filter((t) => !(t.vector && options.retarget !== undefined))) {
      it(`${template.name}: UP → DOWN → UP`, async () => {
        const doc = template.build();
        if (options.retarget !== undefined) doc.target.postgresVersion = options.retarget;
        const bundle = expectBundle(await exportBundle(doc));
        await applyUps(db, bundle);
        let { actual, expected } = await catalogVsDocument(db, doc);
        expect(actual).toEqual(expected);
        await applyDowns(db, bundle);
        ({ actual, expected } = await catalogIsEmpty(db));
        expect(actual).toEqual(expected);
        await applyUps(db, bundle);
        ({ actual, expected } = await catalogVsDocument(db, doc));
        expect(actual).toEqual(expected);
        await applyDowns(db, bundle);
      });
    }
  });
}

suite('template bundles on PostgreSQL 18 (PGlite)', openPglite18);
suite('template bundles on PostgreSQL 17 (PGlite 0.3)', openPglite17);
suite('template bundles on the PostgreSQL 15 server (target 15)', openServerDatabase, { skip: await serverUnavailableReason(), retarget: 15 });
