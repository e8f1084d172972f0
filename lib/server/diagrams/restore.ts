import type { VersionSummary } from '../../api/dto';
import type { RestoreDto } from '../../api/history-dto';
import { err, ok, type Result } from '../../result';
import type { Database } from '../db/prisma';
import { DEFAULT_CHECKPOINTS_KEPT, pruneCheckpoints } from './checkpoints';
import { diagramNotFound, type DiagramError } from './errors';
import type { DiagramService } from './service';
import { appendSnapshot, getVersion } from './versions';

const MAX_ATTEMPTS = 3;
const MAX_LABEL = 200;

/**
 * Makes a saved version the diagram's document again. Nothing is lost: the
 * document as it was is kept first as a checkpoint "Before restoring …". The
 * write goes through the service's `updateDiagram` (optimistic concurrency,
 * validation, and whatever tells open designers about a new revision); if
 * someone saves in between, it starts over from their save. The diagram keeps
 * its current name: a restore brings back the schema, not the title.
 */
export async function restoreVersion(
  db: Database,
  service: Pick<DiagramService, 'updateDiagram'>,
  diagramId: string,
  version: number,
  authorName: string | null,
): Promise<Result<RestoreDto, DiagramError>> {
  const target = await getVersion(db, diagramId, version);
  if (!target.ok) return target;
  const { document: restoredDocument, ...restored } = target.value;
  const what = `version ${restored.version} “${restored.label}”`;
  let lastError: DiagramError | null = null;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const current = await db.diagram.findUnique({ where: { id: diagramId }, select: { name: true, revision: true, document: true, tableCount: true } });
    if (!current) return err(diagramNotFound(diagramId));
    const before = await appendSnapshot(db, diagramId, {
      label: clip(`Before restoring ${what}`), kind: 'checkpoint', authorName,
      revision: current.revision, document: current.document, tableCount: current.tableCount,
    });
    if (!before.ok) return before;
    // Named in the op log, so live editors see who restored (the user id stays with the checkpoints' author name).
    const author = authorName === null ? undefined : { userId: null, name: authorName };
    const updated = await service.updateDiagram(diagramId, { baseRevision: current.revision, document: restoredDocument, name: current.name, author });
    if (updated.ok) {
      const diagram = updated.value;
      // The restored state as a version of its own, so the list shows the restore and the next automatic checkpoint compares against it.
      const after = await appendSnapshot(db, diagramId, {
        label: clip(`Restored ${what}`), kind: 'checkpoint', authorName,
        revision: diagram.revision, document: diagram.document, tableCount: diagram.tableCount,
      });
      if (!after.ok) return after;
      await pruneCheckpoints(db, diagramId, DEFAULT_CHECKPOINTS_KEPT);
      return ok({ diagram, restored, before: summaryOf(before.value) });
    }
    if (updated.error.kind !== 'stale_revision') return updated;
    lastError = updated.error;
  }
  return err(lastError!);
}

function summaryOf(detail: VersionSummary & { document?: unknown }): VersionSummary {
  const { document: _document, ...summary } = detail;
  return summary;
}

function clip(label: string): string {
  return label.length <= MAX_LABEL ? label : `${label.slice(0, MAX_LABEL - 1)}…`;
}
