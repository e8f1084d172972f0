import type { VersionSummary } from '../../api/dto';
import type { Database } from '../db/prisma';
import { insertSnapshot } from './versions';

export const DEFAULT_CHECKPOINT_MINUTES = 10;
export const DEFAULT_CHECKPOINTS_KEPT = 50;

export interface CheckpointOptions {
  /** Whose save this follows; shown beside the checkpoint. */
  readonly authorName?: string | null;
  /** How old the newest version must be before another checkpoint is taken; default `checkpointMinutes()`. */
  readonly intervalMinutes?: number;
  /** Checkpoints kept per diagram; older ones are deleted. Named versions are never deleted. */
  readonly keep?: number;
  readonly now?: Date;
}

/**
 * `TABLECRAFT_CHECKPOINT_MINUTES` (0 or more; 0 checkpoints every save that
 * changes the schema), else 10. Read on each call so tests can change it.
 */
export function checkpointMinutes(): number {
  const raw = process.env.TABLECRAFT_CHECKPOINT_MINUTES;
  const minutes = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  return Number.isFinite(minutes) && minutes >= 0 ? minutes : DEFAULT_CHECKPOINT_MINUTES;
}

/**
 * Takes an automatic checkpoint after a document write, when the document
 * changed since the newest version (of either kind) and that version is older
 * than the interval — so a long editing session leaves a trail roughly every
 * ten minutes, and a quiet diagram none. Returns the checkpoint, or null when
 * none was due. Cheap when none is due (one small query); two writers racing
 * here make one checkpoint: the second finds the version number taken and stops.
 */
export async function maybeCheckpoint(db: Database, diagramId: string, options: CheckpointOptions = {}): Promise<VersionSummary | null> {
  const now = options.now ?? new Date();
  const intervalMs = (options.intervalMinutes ?? checkpointMinutes()) * 60_000;
  const diagram = await db.diagram.findUnique({
    where: { id: diagramId },
    select: { revision: true, versions: { select: { version: true, revision: true, createdAt: true }, orderBy: { version: 'desc' }, take: 1 } },
  });
  if (!diagram) return null;
  const newest = diagram.versions[0];
  if (newest && (newest.revision === diagram.revision || now.getTime() - newest.createdAt.getTime() < intervalMs)) return null;

  const [current, previous] = await Promise.all([
    db.diagram.findUnique({ where: { id: diagramId }, select: { revision: true, document: true, tableCount: true } }),
    newest ? db.diagramVersion.findUnique({ where: { diagramId_version: { diagramId, version: newest.version } }, select: { document: true } }) : null,
  ]);
  if (!current) return null;
  // Saved and then changed back (or only renamed and renamed back): nothing new to keep.
  if (previous && JSON.stringify(previous.document) === JSON.stringify(current.document)) return null;

  const inserted = await insertSnapshot(db, diagramId, (newest?.version ?? 0) + 1, {
    label: checkpointLabel(now), kind: 'checkpoint', authorName: options.authorName ?? null,
    revision: current.revision, document: current.document, tableCount: current.tableCount,
  });
  if (inserted === 'taken' || !inserted.ok) return null;
  await pruneCheckpoints(db, diagramId, options.keep ?? DEFAULT_CHECKPOINTS_KEPT);
  const { document: _document, ...summary } = inserted.value;
  return summary;
}

/** Deletes all but the newest `keep` checkpoints of a diagram; returns how many went. */
export async function pruneCheckpoints(db: Database, diagramId: string, keep: number): Promise<number> {
  const stale = await db.diagramVersion.findMany({
    where: { diagramId, kind: 'checkpoint' }, select: { version: true }, orderBy: { version: 'desc' }, skip: keep,
  });
  if (stale.length === 0) return 0;
  const { count } = await db.diagramVersion.deleteMany({ where: { diagramId, kind: 'checkpoint', version: { in: stale.map((v) => v.version) } } });
  return count;
}

/** "Checkpoint 14:05 UTC": the server cannot know the reader's time zone; the UI shows the time in theirs. */
export function checkpointLabel(at: Date): string {
  return `Checkpoint ${at.toISOString().slice(11, 16)} UTC`;
}
