import type { DiagramDetail, DiagramSummary, VersionDetail, VersionSummary } from '../../api/dto';
import { getStorage } from '../db/singleton';
import { createDiagramService, type DiagramResult, type DiagramService, type UpdateDiagramInput } from './service';

export { createDiagramService, type DiagramService, type DiagramResult, type UpdateDiagramInput } from './service';
export type { DiagramError } from './errors';

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

export const listDiagrams = async (): Promise<DiagramSummary[]> => (await service()).listDiagrams();
export const createDiagram = async (document: unknown): DiagramResult<DiagramDetail> => (await service()).createDiagram(document);
export const duplicateDiagram = async (id: string, name?: string): DiagramResult<DiagramDetail> => (await service()).duplicateDiagram(id, name);
export const getDiagram = async (id: string): DiagramResult<DiagramDetail> => (await service()).getDiagram(id);
export const updateDiagram = async (id: string, input: UpdateDiagramInput): DiagramResult<DiagramDetail> => (await service()).updateDiagram(id, input);
export const deleteDiagram = async (id: string): DiagramResult<void> => (await service()).deleteDiagram(id);
export const listVersions = async (id: string): DiagramResult<VersionSummary[]> => (await service()).listVersions(id);
export const createVersion = async (id: string, label?: string): DiagramResult<VersionDetail> => (await service()).createVersion(id, label);
export const getVersion = async (id: string, version: number): DiagramResult<VersionDetail> => (await service()).getVersion(id, version);
