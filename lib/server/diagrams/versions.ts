import type { VersionDetail, VersionSummary } from '../../api/dto';
import type { VersionKind } from '../../api/history-dto';
import { DiagramIdParam } from '../../api/requests';
import { err, ok, type Result } from '../../result';
import type { Prisma } from '../db/generated/client';
import type { Database } from '../db/prisma';
import { toVersionDetail, toVersionSummary } from './dto';
import { diagramNotFound, versionNotFound, type DiagramError } from './errors';

/**
 * Versions are immutable snapshots of a diagram's document, numbered 1, 2, …
 * per diagram. Named ones are saved by a person; checkpoints are taken
 * automatically (checkpoints.ts). Numbers are taken optimistically: two
 * snapshots at once may pick the same number, the primary key refuses the
 * second, which then retries with the next.
 */

export const VERSION_SUMMARY_COLUMNS = {
  diagramId: true, version: true, label: true, revision: true, tableCount: true, createdAt: true, kind: true, authorName: true,
} as const;

const MAX_VERSION = 2_147_483_647;
const MAX_ATTEMPTS = 5;

/** What a snapshot records: the document at one revision, with who and why. */
export interface Snapshot {
  readonly label: string;
  readonly kind: VersionKind;
  readonly authorName: string | null;
  readonly revision: number;
  readonly document: unknown;
  readonly tableCount: number;
}

/** The diagram's versions, newest first; only one kind when asked. */
export async function listVersions(db: Database, diagramId: string, kind?: VersionKind): Promise<Result<VersionSummary[], DiagramError>> {
  if (!isDiagramId(diagramId)) return err(diagramNotFound(diagramId));
  const diagram = await db.diagram.findUnique({
    where: { id: diagramId },
    select: { versions: { select: VERSION_SUMMARY_COLUMNS, where: kind ? { kind } : undefined, orderBy: { version: 'desc' } } },
  });
  return diagram ? ok(diagram.versions.map(toVersionSummary)) : err(diagramNotFound(diagramId));
}

export async function getVersion(db: Database, diagramId: string, version: number): Promise<Result<VersionDetail, DiagramError>> {
  if (!isDiagramId(diagramId) || !Number.isInteger(version) || version < 1 || version > MAX_VERSION) return err(versionNotFound(diagramId, version));
  const row = await db.diagramVersion.findUnique({ where: { diagramId_version: { diagramId, version } } });
  return row ? ok(toVersionDetail(row)) : err(versionNotFound(diagramId, version));
}

/** A named version of the diagram as it is now; without a label it is called "Version <n>". */
export async function createNamedVersion(db: Database, diagramId: string, label: string | undefined, authorName: string | null): Promise<Result<VersionDetail, DiagramError>> {
  if (!isDiagramId(diagramId)) return err(diagramNotFound(diagramId));
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const diagram = await db.diagram.findUnique({ where: { id: diagramId }, select: { revision: true, document: true, tableCount: true } });
    if (!diagram) return err(diagramNotFound(diagramId));
    const next = (await newestVersionNumber(db, diagramId)) + 1;
    const inserted = await insertSnapshot(db, diagramId, next, {
      label: label?.trim() || `Version ${next}`, kind: 'named', authorName, revision: diagram.revision, document: diagram.document, tableCount: diagram.tableCount,
    });
    if (inserted !== 'taken') return inserted;
  }
  throw new Error(`createNamedVersion: diagram ${diagramId} kept getting new versions; gave up after ${MAX_ATTEMPTS} attempts`);
}

/** Stores `snapshot` as the next version, retrying when another snapshot took the number first. */
export async function appendSnapshot(db: Database, diagramId: string, snapshot: Snapshot): Promise<Result<VersionDetail, DiagramError>> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const inserted = await insertSnapshot(db, diagramId, (await newestVersionNumber(db, diagramId)) + 1, snapshot);
    if (inserted !== 'taken') return inserted;
  }
  throw new Error(`appendSnapshot: diagram ${diagramId} kept getting new versions; gave up after ${MAX_ATTEMPTS} attempts`);
}

/**
 * Inserts `snapshot` as version `version`. 'taken' when another snapshot has
 * that number already (the caller decides whether to retry), not_found when the
 * diagram was deleted meanwhile.
 */
export async function insertSnapshot(db: Database, diagramId: string, version: number, snapshot: Snapshot): Promise<Result<VersionDetail, DiagramError> | 'taken'> {
  try {
    const row = await db.diagramVersion.create({
      data: {
        diagramId, version, label: snapshot.label, kind: snapshot.kind, authorName: snapshot.authorName,
        revision: snapshot.revision, document: snapshot.document as Prisma.InputJsonValue, tableCount: snapshot.tableCount,
      },
    });
    return ok(toVersionDetail(row));
  } catch (error) {
    if (hasPrismaCode(error, 'P2003')) return err(diagramNotFound(diagramId));
    if (hasPrismaCode(error, 'P2002')) return 'taken';
    throw error;
  }
}

async function newestVersionNumber(db: Database, diagramId: string): Promise<number> {
  const newest = await db.diagramVersion.findFirst({ where: { diagramId }, select: { version: true }, orderBy: { version: 'desc' } });
  return newest?.version ?? 0;
}

/** Malformed ids are "not found", never a database error. */
export function isDiagramId(id: string): boolean {
  return DiagramIdParam.safeParse(id).success;
}

function hasPrismaCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
