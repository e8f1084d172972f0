import { describe, expect, it } from 'vitest';
import { getStorage } from '../../lib/server/db/singleton';
import { createDiagramService } from '../../lib/server/diagrams';
import { restoreVersion } from '../../lib/server/diagrams/restore';
import { apiError, call, request, useTemporaryStorage } from '../api/support/api';
import { createDiagram, getDiagram, getVersion, listVersions, postRestore, reviewEdits, routes, save, saveVersion } from './support/routes';

useTemporaryStorage();

const tableNames = (doc: { tables: { name: string }[] }) => doc.tables.map((t) => t.name).sort();

describe('POST /api/diagrams/:id/versions/:version/restore', () => {
  it('brings the version back as a new revision and keeps what it replaces as a checkpoint', async () => {
    let diagram = await createDiagram({ templateId: 'ecommerce', name: 'Shop' });
    const pinned = await saveVersion(diagram.id, 'Before the review');
    diagram = await save(diagram, reviewEdits);
    diagram = await save(diagram, (d) => { d.name = 'Shop, renamed later'; });
    const edited = diagram.document;

    const answer = await postRestore(diagram.id, pinned.version);
    expect(answer.status).toBe(200);
    const { diagram: restored, restored: from, before } = answer.body;
    expect(from).toMatchObject({ version: pinned.version, label: 'Before the review' });
    expect(restored.revision).toBe(diagram.revision + 1);
    expect(tableNames(restored.document)).toEqual(tableNames(pinned.document));
    // The schema comes back; the diagram keeps the name it has now.
    expect(restored.name).toBe('Shop, renamed later');
    expect(restored.document.name).toBe('Shop, renamed later');
    expect((await getDiagram(diagram.id)).revision).toBe(restored.revision);

    expect(before).toMatchObject({ kind: 'checkpoint', label: `Before restoring version ${pinned.version} “Before the review”`, revision: diagram.revision, authorName: 'Local owner' });
    const kept = await getVersion(diagram.id, before.version);
    expect(kept.body.version.document).toEqual(edited);

    const versions = (await listVersions(diagram.id)).body.versions;
    expect(versions.slice(0, 2).map((v) => [v.label, v.kind, v.revision])).toEqual([
      [`Restored version ${pinned.version} “Before the review”`, 'checkpoint', restored.revision],
      [`Before restoring version ${pinned.version} “Before the review”`, 'checkpoint', diagram.revision],
    ]);
  });

  it('refuses fields in the body (it takes none) and restores nothing', async () => {
    const diagram = await createDiagram({ templateId: 'ecommerce' });
    const answer = await call(routes.restore.POST, request('POST', `/api/diagrams/${diagram.id}/versions/1/restore`, { body: { baseRevision: 1 } }), { id: diagram.id, version: '1' });
    expect(answer.status).toBe(400);
    expect(apiError(answer).code).toBe('invalid_request');
    expect((await getDiagram(diagram.id)).revision).toBe(1);
    const empty = await call(routes.restore.POST, request('POST', `/api/diagrams/${diagram.id}/versions/1/restore`, { body: {} }), { id: diagram.id, version: '1' });
    expect(empty.status).toBe(200);
  });

  it('answers 404 for a version or diagram that does not exist, and changes nothing', async () => {
    const diagram = await createDiagram({ templateId: 'ecommerce' });
    for (const missing of ['7', '0', 'latest']) {
      const answer = await postRestore(diagram.id, missing);
      expect(answer.status, missing).toBe(404);
      expect(apiError(answer).code).toBe('not_found');
    }
    expect((await postRestore('00000000-0000-4000-8000-00000000dead', 1)).status).toBe(404);
    expect((await listVersions(diagram.id)).body.versions).toHaveLength(1);
    expect((await getDiagram(diagram.id)).revision).toBe(1);
  });

  it('starts over when someone saves while it restores, so their save is kept as a checkpoint too', async () => {
    let diagram = await createDiagram({ templateId: 'ecommerce' });
    const pinned = await saveVersion(diagram.id, 'pinned');
    diagram = await save(diagram, (d) => { d.tables[0]!.comment = 'mine'; });
    const db = (await getStorage()).db;
    const service = createDiagramService(db);
    let interfered = false;
    const racing = {
      // The first write finds that someone else saved just before it.
      async updateDiagram(id: string, input: Parameters<typeof service.updateDiagram>[1]) {
        if (!interfered) {
          interfered = true;
          await save(await getDiagram(id), (d) => { d.tables[0]!.comment = 'theirs'; });
        }
        return service.updateDiagram(id, input);
      },
    };
    const result = await restoreVersion(db, racing, diagram.id, pinned.version, 'Ada');
    expect(result.ok).toBe(true);
    const versions = (await listVersions(diagram.id, '?kind=checkpoint')).body.versions;
    const befores = versions.filter((v) => v.label.startsWith('Before restoring'));
    expect(befores).toHaveLength(2);
    const theirs = await getVersion(diagram.id, befores[0]!.version);
    expect(theirs.body.version.document.tables[0]!.comment).toBe('theirs');
    expect((await getDiagram(diagram.id)).document.tables[0]!.comment).toBe(pinned.document.tables[0]!.comment);
  });
});
