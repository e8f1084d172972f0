import { afterEach, describe, expect, it } from 'vitest';
import { getStorage } from '../../lib/server/db/singleton';
import { checkpointMinutes, maybeCheckpoint, pruneCheckpoints } from '../../lib/server/diagrams';
import { apiError, useTemporaryStorage } from '../api/support/api';
import { createDiagram, getVersion, listVersions, postVersion, save, saveVersion } from './support/routes';

useTemporaryStorage();

const db = async () => (await getStorage()).db;
const MINUTE = 60_000;

afterEach(() => { delete process.env.TABLECRAFT_CHECKPOINT_MINUTES; });

describe('named versions', () => {
  it('records kind and author; version 1 is the named "Created"', async () => {
    const diagram = await createDiagram({ templateId: 'ecommerce' });
    const saved = await saveVersion(diagram.id, '  Before launch ');
    // Open mode: the requester is the local owner.
    expect(saved).toMatchObject({ version: 2, label: 'Before launch', kind: 'named', authorName: 'Local owner', revision: 1 });
    const unnamed = await postVersion(diagram.id);
    expect(unnamed.status).toBe(201);
    expect(unnamed.body.version).toMatchObject({ version: 3, label: 'Version 3', kind: 'named' });
    const listed = await listVersions(diagram.id);
    expect(listed.body.versions.map((v) => [v.version, v.label, v.kind])).toEqual([
      [3, 'Version 3', 'named'], [2, 'Before launch', 'named'], [1, 'Created', 'named'],
    ]);
    expect(listed.body.versions[2]!.authorName).toBeNull();
  });

  it('filters the list by kind and refuses an unknown kind', async () => {
    process.env.TABLECRAFT_CHECKPOINT_MINUTES = '0';
    let diagram = await createDiagram({ templateId: 'ecommerce' });
    diagram = await save(diagram, (d) => { d.tables[0]!.comment = 'changed'; });
    const checkpoints = await listVersions(diagram.id, '?kind=checkpoint');
    expect(checkpoints.body.versions.map((v) => v.kind)).toEqual(['checkpoint']);
    const named = await listVersions(diagram.id, '?kind=named');
    expect(named.body.versions.map((v) => v.label)).toEqual(['Created']);
    const wrong = await listVersions(diagram.id, '?kind=automatic');
    expect(wrong.status).toBe(400);
    expect(apiError(wrong).problems?.[0]?.path).toBe('kind');
  });

  it('opens one version with its document; 404 for one that does not exist', async () => {
    const diagram = await createDiagram({ templateId: 'ecommerce' });
    const found = await getVersion(diagram.id, 1);
    expect(found.status).toBe(200);
    expect(found.body.version.document.tables.map((t) => t.name)).toEqual(diagram.document.tables.map((t) => t.name));
    for (const missing of ['2', '0', 'x', '99999999999']) {
      const answer = await getVersion(diagram.id, missing);
      expect(answer.status, missing).toBe(404);
    }
  });
});

describe('automatic checkpoints', () => {
  it('reads the interval from TABLECRAFT_CHECKPOINT_MINUTES, 10 by default', () => {
    expect(checkpointMinutes()).toBe(10);
    process.env.TABLECRAFT_CHECKPOINT_MINUTES = '2.5';
    expect(checkpointMinutes()).toBe(2.5);
    process.env.TABLECRAFT_CHECKPOINT_MINUTES = 'soon';
    expect(checkpointMinutes()).toBe(10);
  });

  it('takes one when the document changed and the newest version is older than the interval', async () => {
    let diagram = await createDiagram({ templateId: 'ecommerce' });
    const created = new Date((await listVersions(diagram.id)).body.versions[0]!.createdAt);
    // Nothing changed since version 1: never due, however late.
    expect(await maybeCheckpoint(await db(), diagram.id, { now: new Date(created.getTime() + 60 * MINUTE) })).toBeNull();

    // A save through the route within the interval leaves no checkpoint.
    diagram = await save(diagram, (d) => { d.tables[0]!.comment = 'first change'; });
    expect((await listVersions(diagram.id)).body.versions).toHaveLength(1);
    // Changed, but version 1 is only 9 minutes old.
    expect(await maybeCheckpoint(await db(), diagram.id, { now: new Date(created.getTime() + 9 * MINUTE) })).toBeNull();

    const at = new Date(created.getTime() + 11 * MINUTE);
    const checkpoint = await maybeCheckpoint(await db(), diagram.id, { now: at, authorName: 'Ada' });
    expect(checkpoint).toMatchObject({ version: 2, kind: 'checkpoint', authorName: 'Ada', revision: diagram.revision });
    expect(checkpoint!.label).toBe(`Checkpoint ${at.toISOString().slice(11, 16)} UTC`);
    const stored = await getVersion(diagram.id, 2);
    expect(stored.body.version.document.tables[0]!.comment).toBe('first change');
    // The newest version now is the document: nothing more to take.
    expect(await maybeCheckpoint(await db(), diagram.id, { now: new Date(at.getTime() + 60 * MINUTE) })).toBeNull();
  });

  it('skips a document that was changed and changed back', async () => {
    let diagram = await createDiagram({ templateId: 'ecommerce' });
    const comment = diagram.document.tables[0]!.comment;
    diagram = await save(diagram, (d) => { d.tables[0]!.comment = 'for a moment'; });
    diagram = await save(diagram, (d) => { d.tables[0]!.comment = comment; });
    expect(diagram.revision).toBe(3);
    expect(await maybeCheckpoint(await db(), diagram.id, { intervalMinutes: 0 })).toBeNull();
  });

  it('is taken after a save through PUT when due (interval 0 here), by the saver', async () => {
    process.env.TABLECRAFT_CHECKPOINT_MINUTES = '0';
    let diagram = await createDiagram({ templateId: 'ecommerce' });
    diagram = await save(diagram, (d) => { d.tables[0]!.name = 'customers'; });
    diagram = await save(diagram, (d) => { d.tables[0]!.comment = 'people'; });
    const versions = (await listVersions(diagram.id)).body.versions;
    expect(versions.map((v) => [v.version, v.kind, v.revision, v.authorName])).toEqual([
      [3, 'checkpoint', 3, 'Local owner'], [2, 'checkpoint', 2, 'Local owner'], [1, 'named', 1, null],
    ]);
  });

  it('keeps the newest checkpoints and every named version', async () => {
    process.env.TABLECRAFT_CHECKPOINT_MINUTES = '0';
    let diagram = await createDiagram({ templateId: 'ecommerce' });
    await saveVersion(diagram.id, 'kept forever');
    for (let i = 1; i <= 4; i++) diagram = await save(diagram, (d) => { d.tables[0]!.comment = `edit ${i}`; });
    expect((await listVersions(diagram.id, '?kind=checkpoint')).body.versions).toHaveLength(4);
    expect(await pruneCheckpoints(await db(), diagram.id, 2)).toBe(2);
    const left = (await listVersions(diagram.id)).body.versions;
    expect(left.map((v) => [v.version, v.kind])).toEqual([[6, 'checkpoint'], [5, 'checkpoint'], [2, 'named'], [1, 'named']]);
    // A checkpoint taken with a small `keep` prunes the older ones itself.
    delete process.env.TABLECRAFT_CHECKPOINT_MINUTES;
    diagram = await save(diagram, (d) => { d.tables[0]!.comment = 'edit 5'; });
    await maybeCheckpoint(await db(), diagram.id, { intervalMinutes: 0, keep: 1 });
    expect((await listVersions(diagram.id)).body.versions.map((v) => v.version)).toEqual([7, 2, 1]);
  });

  it('two writers racing make one checkpoint', async () => {
    let diagram = await createDiagram({ templateId: 'ecommerce' });
    diagram = await save(diagram, (d) => { d.tables[0]!.comment = 'raced'; });
    const store = await db();
    const results = await Promise.all([0, 1, 2].map(() => maybeCheckpoint(store, diagram.id, { intervalMinutes: 0 })));
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    expect((await listVersions(diagram.id, '?kind=checkpoint')).body.versions).toHaveLength(1);
  });
});
