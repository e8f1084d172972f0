import type { DiagramDetail, DiagramSummary, VersionDetail, VersionSummary } from '../../api/dto';
import type { DiagramDocument } from '../../model/document';
import { formatProblem } from '../../model/problems';
import { documentProblems, parseDocument } from '../../model/parse';

/** The columns a summary needs; list queries select only these (no documents). */
export const SUMMARY_COLUMNS = { id: true, name: true, revision: true, tableCount: true, createdAt: true, updatedAt: true } as const;

interface SummaryRow {
  id: string;
  name: string;
  revision: number;
  tableCount: number;
  createdAt: Date;
  updatedAt: Date;
}

interface VersionRow {
  diagramId: string;
  version: number;
  label: string;
  revision: number;
  tableCount: number;
  createdAt: Date;
  kind: string;
  authorName: string | null;
}

export function toSummary(row: SummaryRow): DiagramSummary {
  return {
    id: row.id,
    name: row.name,
    revision: row.revision,
    tableCount: row.tableCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toDetail(row: SummaryRow & { document: unknown }): DiagramDetail {
  return { ...toSummary(row), document: storedDocument(row.document, `diagram ${row.id}`) };
}

export function toVersionSummary(row: VersionRow): VersionSummary {
  return {
    version: row.version, label: row.label, revision: row.revision, tableCount: row.tableCount, createdAt: row.createdAt.toISOString(),
    // The column's CHECK allows only these two; anything else would be a bug, shown as named rather than hidden.
    kind: row.kind === 'checkpoint' ? 'checkpoint' : 'named', authorName: row.authorName,
  };
}

export function toVersionDetail(row: VersionRow & { document: unknown }): VersionDetail {
  return { ...toVersionSummary(row), document: storedDocument(row.document, `version ${row.version} of diagram ${row.diagramId}`) };
}

/**
 * Documents are validated before they are stored, so this only upgrades an
 * older format version on load. A stored document that fails is corrupt data:
 * a bug, so it throws (a 500 with the details in the server log).
 */
function storedDocument(raw: unknown, what: string): DiagramDocument {
  const parsed = parseDocument(raw);
  if (parsed.ok) return parsed.value;
  const problems = documentProblems(parsed.error).slice(0, 5).map(formatProblem).join('; ');
  throw new Error(`the stored document of ${what} is invalid: ${problems}`);
}
