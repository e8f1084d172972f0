import type { LoggedCommand, LoggedOp } from '../../collab/types';
import type { DiagramDocument } from '../../model/document';
import type { Database } from '../db/prisma';

/** The client id logged for writes that did not come from a live editor (PUT, restores). */
export const SERVER_CLIENT_ID = 'server';

/** Who made a change, as the log records it. */
export interface OpAuthor {
  readonly userId: string | null;
  readonly name: string;
}

export interface StoredDiagramRow {
  id: string;
  name: string;
  revision: number;
  tableCount: number;
  createdAt: Date;
  updatedAt: Date;
  document: unknown;
}

/**
 * Writes a whole document if the diagram is still at `baseRevision`, and logs it
 * at the new revision as one `replace` operation — in one statement, so the
 * write and its log entry cannot part (live editors follow the log; a write
 * missing from it would strand them). Every write of a document that does not
 * go through the ops endpoint (a save over the API, a restore) goes through
 * here. Null when the diagram is gone or at another revision.
 */
export async function saveWholeDocument(
  db: Database, diagramId: string, baseRevision: number, document: DiagramDocument, author: OpAuthor | undefined,
): Promise<StoredDiagramRow | null> {
  const rows = await db.$queryRaw<{ id: string; name: string; revision: number; table_count: number; created_at: Date; updated_at: Date; document: unknown }[]>`
    WITH updated AS (
      UPDATE tablecraft.diagrams
      SET name = ${document.name}, document = ${JSON.stringify(document)}::jsonb, table_count = ${document.tables.length},
          revision = revision + 1, updated_at = now()
      WHERE id = ${diagramId}::uuid AND revision = ${baseRevision}
      RETURNING id, name, revision, table_count, created_at, updated_at, document
    ), logged AS (
      INSERT INTO tablecraft.diagram_ops (diagram_id, revision, op_id, client_id, author_user_id, author_name, command)
      SELECT id, revision, gen_random_uuid(), ${SERVER_CLIENT_ID}, ${author?.userId ?? null}::uuid,
             ${author?.name ?? 'a save from outside the designer'}, jsonb_build_object('kind', 'replace', 'document', document)
      FROM updated
    )
    SELECT id::text AS id, name, revision, table_count, created_at, updated_at, document FROM updated`;
  const [row] = rows;
  return row ? { id: row.id, name: row.name, revision: row.revision, tableCount: row.table_count, createdAt: row.created_at, updatedAt: row.updated_at, document: row.document } : null;
}

export interface LogSlice {
  /** The diagram's revision now; null when the diagram is gone. */
  readonly revision: number | null;
  /** Logged operations after the requested revision, in order (at most the limit). */
  readonly ops: LoggedOp[];
}

interface Row {
  diagram_revision: number;
  revision: number | null;
  op_id: string | null;
  client_id: string | null;
  author_name: string | null;
  command: unknown;
}

/** One query: the diagram's revision and the operations after `after`. */
export async function readLog(db: Database, diagramId: string, after: number, limit: number): Promise<LogSlice> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT d.revision AS diagram_revision, o.revision, o.op_id::text AS op_id, o.client_id, o.author_name, o.command
    FROM tablecraft.diagrams d
    LEFT JOIN LATERAL (
      SELECT * FROM tablecraft.diagram_ops x
      WHERE x.diagram_id = d.id AND x.revision > ${after}
      ORDER BY x.revision LIMIT ${limit}
    ) o ON true
    WHERE d.id = ${diagramId}::uuid
    ORDER BY o.revision`;
  if (rows.length === 0) return { revision: null, ops: [] };
  const ops = rows.flatMap((row): LoggedOp[] => row.revision === null ? [] : [{
    revision: row.revision,
    opId: row.op_id!,
    clientId: row.client_id!,
    authorName: row.author_name!,
    command: row.command as LoggedCommand,
  }]);
  return { revision: rows[0]!.diagram_revision, ops };
}
