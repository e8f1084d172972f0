import type { DiagramDetail, DiagramSummary, VersionDetail, VersionSummary } from '../../api/dto';
import type { RestoreDto, VersionKind } from '../../api/history-dto';
import { getStorage } from '../db/singleton';
import { maybeCheckpoint } from './checkpoints';
import { restoreVersion as restoreStoredVersion } from './restore';
import { createDiagramService, type DiagramResult, type DiagramService, type UpdateDiagramInput } from './service';

export { createDiagramService, type DiagramService, type DiagramResult, type UpdateDiagramInput } from './service';
export type { DiagramError } from './errors';
// History (versions, checkpoints, restore): the co-editing op route calls maybeCheckpoint / checkpointAfterWrite after each write too.
export { maybeCheckpoint, checkpointMinutes, pruneCheckpoints, type CheckpointOptions } from './checkpoints';

/**
 * The service over this process's storage, for route handlers and server actions.
 * One service per Storage (cached on it), so tests and tools that open their own
 * storage use `createDiagramService(storage.db)` instead.
 */
const services = new WeakMap<object, DiagramService>();
async function service(): Promise<DiagramService> {
  const storage = await getStorage();
  let found = services.get(storage);
  if (!found) {
    found = createDiagramService(storage.db);
    services.set(storage, found);
  }
  return found;
}

export const listDiagrams = async (workspaceId?: string): Promise<DiagramSummary[]> => (await service()).listDiagrams(workspaceId);
export const createDiagram = async (document: unknown, workspaceId?: string): DiagramResult<DiagramDetail> => (await service()).createDiagram(document, workspaceId);
export const duplicateDiagram = async (id: string, name?: string, workspaceId?: string): DiagramResult<DiagramDetail> => (await service()).duplicateDiagram(id, name, workspaceId);
export const getDiagram = async (id: string): DiagramResult<DiagramDetail> => (await service()).getDiagram(id);
export const updateDiagram = async (id: string, input: UpdateDiagramInput): DiagramResult<DiagramDetail> => (await service()).updateDiagram(id, input);
export const deleteDiagram = async (id: string): DiagramResult<void> => (await service()).deleteDiagram(id);
export const listVersions = async (id: string, kind?: VersionKind): DiagramResult<VersionSummary[]> => (await service()).listVersions(id, kind);
export const createVersion = async (id: string, label?: string, author: string | null = null): DiagramResult<VersionDetail> => (await service()).createVersion(id, label, author);
export const getVersion = async (id: string, version: number): DiagramResult<VersionDetail> => (await service()).getVersion(id, version);

/** Restores a saved version as the diagram's document (restore.ts): the current one is kept as a checkpoint first. */
export const restoreVersion = async (id: string, version: number, author: string | null): DiagramResult<RestoreDto> =>
  restoreStoredVersion((await getStorage()).db, await service(), id, version, author);

/**
 * After a successful document write: takes an automatic checkpoint when one is
 * due (checkpoints.ts). Never fails the write it follows — a checkpoint that
 * cannot be taken is logged and tried again after the next write.
 */
export async function checkpointAfterWrite(id: string, authorName: string | null): Promise<void> {
  try {
    await maybeCheckpoint((await getStorage()).db, id, { authorName });
  } catch (error) {
    console.error(`[tablecraft] checkpoint of diagram ${id} failed; the save itself succeeded`, error);
  }
}
