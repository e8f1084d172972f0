import type { DiagramDetail, DiagramSummary, VersionDetail, VersionSummary } from '../../api/dto';
import type { VersionKind } from '../../api/history-dto';
import { DiagramIdParam } from '../../api/requests';
import type { DiagramDocument } from '../../model/document';
import { parseDocument } from '../../model/parse';
import { err, ok, type Result } from '../../result';
import type { Database } from '../db/prisma';
import type { Prisma } from '../db/generated/client';
import { saveWholeDocument, type OpAuthor } from '../collab/ops-log';
import { notifyRevision } from '../collab/collab';
import { diagramNotFound, staleRevision, type DiagramError } from './errors';
import { SUMMARY_COLUMNS, toDetail, toSummary } from './dto';
import { createNamedVersion, getVersion as getStoredVersion, listVersions as listStoredVersions } from './versions';

export interface UpdateDiagramInput {
  /** The revision the change is based on; the save succeeds only if it is still the stored one. */
  readonly baseRevision: number;
  /** A new document (unvalidated: it is checked here). */
  readonly document?: unknown;
  /** A new name; renames the diagram and its document. Wins over the document's own name. */
  readonly name?: string;
  /** Who saved, for the co-editing log that live editors read; default "a save from outside the designer". */
  readonly author?: OpAuthor;
}

export type DiagramResult<T> = Promise<Result<T, DiagramError>>;

const CREATED_LABEL = 'Created';
const MAX_NAME = 200;

/**
 * Diagrams and their versions, over Prisma. Every document is validated with
 * `parseDocument` here, whatever the caller did, so nothing invalid is ever
 * stored. Returns DTOs, never rows. Saves use optimistic concurrency: one
 * conditional UPDATE … WHERE revision = base, so two saves from the same base
 * cannot both succeed and none is silently lost.
 */
export function createDiagramService(db: Database) {
  const asJson = (doc: DiagramDocument) => doc as unknown as Prisma.InputJsonValue;

  /** `workspaceId` omitted: the Default workspace (the column's default), as before accounts existed. */
  async function insert(document: unknown, workspaceId?: string): DiagramResult<DiagramDetail> {
    const parsed = parseDocument(document);
    if (!parsed.ok) return err(parsed.error);
    const doc = parsed.value;
    const tableCount = doc.tables.length;
    const row = await db.diagram.create({
      data: {
        name: doc.name,
        revision: 1,
        document: asJson(doc),
        tableCount,
        ...(workspaceId !== undefined ? { workspaceId } : {}),
        versions: { create: { version: 1, label: CREATED_LABEL, revision: 1, document: asJson(doc), tableCount } },
      },
    });
    return ok(toDetail(row));
  }

  return {
    /** The workspace's diagrams (every diagram when none is given), most recently updated first (no documents). */
    async listDiagrams(workspaceId?: string): Promise<DiagramSummary[]> {
      const where = workspaceId !== undefined ? { workspaceId } : {};
      const rows = await db.diagram.findMany({ where, select: SUMMARY_COLUMNS, orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }] });
      return rows.map(toSummary);
    },

    /** Stores a new diagram at revision 1, with version 1 "Created". */
    createDiagram: insert,

    async getDiagram(id: string): DiagramResult<DiagramDetail> {
      if (!isDiagramId(id)) return err(diagramNotFound(id));
      const row = await db.diagram.findUnique({ where: { id } });
      return row ? ok(toDetail(row)) : err(diagramNotFound(id));
    },

    /** A new diagram with a copy of the source's current document, named `… (copy)` unless a name is given. */
    async duplicateDiagram(id: string, name?: string, workspaceId?: string): DiagramResult<DiagramDetail> {
      if (!isDiagramId(id)) return err(diagramNotFound(id));
      const source = await db.diagram.findUnique({ where: { id }, select: { name: true, document: true } });
      if (!source) return err(diagramNotFound(id));
      return insert({ ...asObject(source.document), name: name ?? copyName(source.name) }, workspaceId);
    },

    async updateDiagram(id: string, input: UpdateDiagramInput): DiagramResult<DiagramDetail> {
      if (!isDiagramId(id)) return err(diagramNotFound(id));
      let raw: unknown;
      if (input.document !== undefined) {
        raw = input.name === undefined ? input.document : withName(input.document, input.name);
      } else if (input.name !== undefined) {
        // A rename alone rewrites the stored document's name; the conditional
        // update below still refuses it if someone saved in between.
        const current = await db.diagram.findUnique({ where: { id }, select: { revision: true, document: true } });
        if (!current) return err(diagramNotFound(id));
        if (current.revision !== input.baseRevision) return err(staleRevision(input.baseRevision, current.revision));
        raw = withName(current.document, input.name);
      } else {
        throw new Error('updateDiagram: give a document, a name, or both');
      }
      const parsed = parseDocument(raw);
      if (!parsed.ok) return err(parsed.error);
      const doc = parsed.value;
      // The conditional write and its entry in the co-editing log, in one statement: live editors follow the log.
      const row = await saveWholeDocument(db, id, input.baseRevision, doc, input.author);
      if (row) {
        await notifyRevision(db, id, row.revision);
        return ok(toDetail(row));
      }
      const current = await db.diagram.findUnique({ where: { id }, select: { revision: true } });
      return err(current ? staleRevision(input.baseRevision, current.revision) : diagramNotFound(id));
    },

    /** Deletes a diagram and all its versions. */
    async deleteDiagram(id: string): DiagramResult<void> {
      if (!isDiagramId(id)) return err(diagramNotFound(id));
      const { count } = await db.diagram.deleteMany({ where: { id } });
      return count === 1 ? ok(undefined) : err(diagramNotFound(id));
    },

    /** The diagram's snapshots, newest first; only one kind when asked (see versions.ts). */
    listVersions: (id: string, kind?: VersionKind): DiagramResult<VersionSummary[]> => listStoredVersions(db, id, kind),

    /** A named version of the diagram as it is now, saved by `author` (see versions.ts). */
    createVersion: (id: string, label?: string, author: string | null = null): DiagramResult<VersionDetail> => createNamedVersion(db, id, label, author),

    getVersion: (id: string, version: number): DiagramResult<VersionDetail> => getStoredVersion(db, id, version),
  };
}

export type DiagramService = ReturnType<typeof createDiagramService>;

/** Malformed ids are "not found", never a database error. */
function isDiagramId(id: string): boolean {
  return DiagramIdParam.safeParse(id).success;
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Replaces the name of a raw document; a non-object is passed through for parseDocument to refuse. */
function withName(document: unknown, name: string): unknown {
  return typeof document === 'object' && document !== null && !Array.isArray(document) ? { ...document, name } : document;
}

function copyName(name: string): string {
  const suffix = ' (copy)';
  return `${name.slice(0, MAX_NAME - suffix.length)}${suffix}`;
}
