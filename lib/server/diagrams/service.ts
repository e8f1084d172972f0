import type { DiagramDetail, DiagramSummary, VersionDetail, VersionSummary } from '../../api/dto';
import { DiagramIdParam } from '../../api/requests';
import type { DiagramDocument } from '../../model/document';
import { parseDocument } from '../../model/parse';
import { err, ok, type Result } from '../../result';
import type { Database } from '../db/prisma';
import type { Prisma } from '../db/generated/client';
import { diagramNotFound, staleRevision, versionNotFound, type DiagramError } from './errors';
import { SUMMARY_COLUMNS, toDetail, toSummary, toVersionDetail, toVersionSummary } from './dto';

export interface UpdateDiagramInput {
  /** The revision the change is based on; the save succeeds only if it is still the stored one. */
  readonly baseRevision: number;
  /** A new document (unvalidated: it is checked here). */
  readonly document?: unknown;
  /** A new name; renames the diagram and its document. Wins over the document's own name. */
  readonly name?: string;
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

  async function insert(document: unknown): DiagramResult<DiagramDetail> {
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
        versions: { create: { version: 1, label: CREATED_LABEL, revision: 1, document: asJson(doc), tableCount } },
      },
    });
    return ok(toDetail(row));
  }

  return {
    /** Every diagram, most recently updated first (no documents). */
    async listDiagrams(): Promise<DiagramSummary[]> {
      const rows = await db.diagram.findMany({ select: SUMMARY_COLUMNS, orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }] });
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
    async duplicateDiagram(id: string, name?: string): DiagramResult<DiagramDetail> {
      if (!isDiagramId(id)) return err(diagramNotFound(id));
      const source = await db.diagram.findUnique({ where: { id }, select: { name: true, document: true } });
      if (!source) return err(diagramNotFound(id));
      return insert({ ...asObject(source.document), name: name ?? copyName(source.name) });
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
      const [row] = await db.diagram.updateManyAndReturn({
        where: { id, revision: input.baseRevision },
        data: { name: doc.name, document: asJson(doc), tableCount: doc.tables.length, revision: { increment: 1 }, updatedAt: new Date() },
      });
      if (row) return ok(toDetail(row));
      const current = await db.diagram.findUnique({ where: { id }, select: { revision: true } });
      return err(current ? staleRevision(input.baseRevision, current.revision) : diagramNotFound(id));
    },

    /** Deletes a diagram and all its versions. */
    async deleteDiagram(id: string): DiagramResult<void> {
      if (!isDiagramId(id)) return err(diagramNotFound(id));
      const { count } = await db.diagram.deleteMany({ where: { id } });
      return count === 1 ? ok(undefined) : err(diagramNotFound(id));
    },

    /** The diagram's snapshots, newest first. */
    async listVersions(id: string): DiagramResult<VersionSummary[]> {
      if (!isDiagramId(id)) return err(diagramNotFound(id));
      const diagram = await db.diagram.findUnique({
        where: { id },
        select: { versions: { select: { diagramId: true, version: true, label: true, revision: true, tableCount: true, createdAt: true }, orderBy: { version: 'desc' } } },
      });
      return diagram ? ok(diagram.versions.map(toVersionSummary)) : err(diagramNotFound(id));
    },

    /**
     * Snapshots the current document as the next version. Two snapshots at once
     * may pick the same number; the primary key refuses the second, which then
     * takes the next number.
     */
    async createVersion(id: string, label?: string): DiagramResult<VersionDetail> {
      if (!isDiagramId(id)) return err(diagramNotFound(id));
      for (let attempt = 0; attempt < 5; attempt++) {
        const diagram = await db.diagram.findUnique({
          where: { id },
          select: { revision: true, document: true, tableCount: true, versions: { select: { version: true }, orderBy: { version: 'desc' }, take: 1 } },
        });
        if (!diagram) return err(diagramNotFound(id));
        const version = (diagram.versions[0]?.version ?? 0) + 1;
        try {
          const row = await db.diagramVersion.create({
            data: {
              diagramId: id,
              version,
              label: label?.trim() || `Version ${version}`,
              revision: diagram.revision,
              document: diagram.document as Prisma.InputJsonValue,
              tableCount: diagram.tableCount,
            },
          });
          return ok(toVersionDetail(row));
        } catch (error) {
          if (hasPrismaCode(error, 'P2003')) return err(diagramNotFound(id)); // deleted meanwhile
          if (!hasPrismaCode(error, 'P2002')) throw error;
        }
      }
      throw new Error(`createVersion: diagram ${id} kept getting new versions; gave up after 5 attempts`);
    },

    async getVersion(id: string, version: number): DiagramResult<VersionDetail> {
      if (!isDiagramId(id) || !Number.isInteger(version) || version < 1 || version > 2_147_483_647) return err(versionNotFound(id, version));
      const row = await db.diagramVersion.findUnique({ where: { diagramId_version: { diagramId: id, version } } });
      return row ? ok(toVersionDetail(row)) : err(versionNotFound(id, version));
    },
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

function hasPrismaCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
