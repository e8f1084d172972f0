import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompareMigrationDto } from '../../lib/api/history-dto';
import { exportBundle } from '../../lib/bundle';
import { useTemporaryStorage } from '../api/support/api';
import { applyFile, applyUps, expectBundle } from '../bundle/support/apply';
import { openPglite18, type TestDatabase } from '../support/databases';
import { catalogVsDocument } from '../support/roundtrip';
import { createDiagram, getCompare, reviewEdits, save, saveVersion } from './support/routes';

useTemporaryStorage();

/**
 * The migration the review shows is the one that would ship: built from a
 * database made from the older version, its UP reaches the newer schema, its
 * DOWN comes back exactly, and UP works again after that.
 */
describe('the compare migration on PGlite', () => {
  let db: TestDatabase;
  beforeAll(async () => { db = await openPglite18(); });
  afterAll(async () => { await db?.close(); });

  const runUp = async (migration: CompareMigrationDto) => {
    for (const file of migration.files) await applyFile(db, file.upPath, file.upSql);
  };
  const runDown = async (migration: CompareMigrationDto) => {
    for (const file of [...migration.files].reverse()) await applyFile(db, file.downPath, file.downSql);
  };

  it.each([true, false])('runs UP, DOWN, then UP again (safe plan: %s)', async (safe) => {
    let diagram = await createDiagram({ templateId: 'ecommerce', name: `Review ${safe}` });
    const pinned = await saveVersion(diagram.id, 'Before the review');
    diagram = await save(diagram, reviewEdits);
    const answer = await getCompare(diagram.id, `?from=${pinned.version}&to=current&safe=${safe}`);
    expect(answer.status).toBe(200);
    const { migration, from, to } = answer.body;
    expect(migration!.safe).toBe(safe);

    await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    await applyUps(db, expectBundle(await exportBundle(from.document)));
    const atStart = await catalogVsDocument(db, from.document);
    expect(atStart.actual).toEqual(atStart.expected);

    await runUp(migration!);
    const afterUp = await catalogVsDocument(db, to.document);
    expect(afterUp.actual).toEqual(afterUp.expected);

    await runDown(migration!);
    const afterDown = await catalogVsDocument(db, from.document);
    expect(afterDown.actual).toEqual(afterDown.expected);

    await runUp(migration!);
    const again = await catalogVsDocument(db, to.document);
    expect(again.actual).toEqual(again.expected);
  });
});
