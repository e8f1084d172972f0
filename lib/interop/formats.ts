import { createStatements } from '../ddl/generate';
import { describeErrors } from '../ddl/errors';
import { renderScript } from '../ddl/statement';
import type { DiagramDocument } from '../model/document';
import { documentProblems, parseDocument } from '../model/parse';
import type { DocumentProblem } from '../model/problems';
import { err, ok, type Result } from '../result';
import { exportDbml, importDbml } from './dbml';
import { dataDictionaryHtml, dataDictionaryMarkdown } from './dictionary';
import { exportPrisma, importPrisma } from './prisma';
import type { InteropWarning, Loss } from './shared/report';
import { importSql, type ImportReport } from './sql-import';
import { chooseTargetVersion } from './target-version';

/**
 * The file formats Tablecraft reads and writes, in one place for the CLI,
 * the HTTP API and the UI: how each is recognized, imported and exported.
 */
export const IMPORT_FORMATS = ['sql', 'dbml', 'prisma', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export const EXPORT_FORMATS = ['sql', 'dbml', 'prisma', 'json', 'dictionary-md', 'dictionary-html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const EXTENSIONS: Record<string, ImportFormat> = { sql: 'sql', ddl: 'sql', dbml: 'dbml', prisma: 'prisma', json: 'json' };

/** The import format a file name implies (`schema.prisma` → prisma), or null. */
export function importFormatOfFile(fileName: string): ImportFormat | null {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return extension ? EXTENSIONS[extension] ?? null : null;
}

export interface ConversionReport {
  format: ImportFormat;
  counts: { imported: Record<string, number>; skipped: Record<string, number>; failed: number };
  warnings: InteropWarning[];
  /** The diagram's target PostgreSQL version and, when it was raised, why. */
  target: { postgresVersion: number; reason: string | null };
  /** SQL only: every statement with its outcome, the sequences and non-SQL lines. */
  sql: ImportReport | null;
}

export type ImportFailure =
  | { kind: 'parse_error'; message: string; line: number; column: number }
  | { kind: 'invalid_document'; message: string; problems: DocumentProblem[] };

export interface SourceImportOptions { name?: string; postgresVersion?: number }

/** Reads `source` in `format` into a validated diagram document and a report of what happened. */
export async function importSource(format: ImportFormat, source: string, options: SourceImportOptions = {}): Promise<Result<{ document: DiagramDocument; report: ConversionReport }, ImportFailure>> {
  const converted = await convert(format, source, options);
  if (!converted.ok) return converted;
  const { document, counts, warnings, sql } = converted.value;
  const target = format === 'json' && options.postgresVersion === undefined
    ? { postgresVersion: document.target.postgresVersion, reason: null }
    : chooseTargetVersion(document, options.postgresVersion);
  document.target = { postgresVersion: target.postgresVersion };
  if (options.name?.trim()) document.name = options.name.trim();
  const allWarnings = target.reason ? [...warnings, { line: null, message: target.reason }] : warnings;
  return ok({ document, report: { format, counts, warnings: allWarnings, target, sql } });
}

type Converted = { document: DiagramDocument; counts: ConversionReport['counts']; warnings: InteropWarning[]; sql: ImportReport | null };

async function convert(format: ImportFormat, source: string, options: SourceImportOptions): Promise<Result<Converted, ImportFailure>> {
  switch (format) {
    case 'sql': {
      const result = await importSql(source, { name: options.name });
      if (!result.ok) return result;
      const { document, report } = result.value;
      return ok({ document, counts: report.counts, warnings: report.warnings, sql: report });
    }
    case 'dbml':
    case 'prisma': {
      const result = format === 'dbml' ? importDbml(source, { name: options.name }) : importPrisma(source, { name: options.name });
      if (!result.ok) return result;
      const { document, report } = result.value;
      return ok({ document, counts: { ...report.counts, failed: 0 }, warnings: [...report.warnings], sql: null });
    }
    case 'json': {
      const json = parseJson(source);
      if (!json.ok) return json;
      const parsed = parseDocument(json.value);
      if (!parsed.ok) return err({ kind: 'invalid_document', message: parsed.error.message, problems: documentProblems(parsed.error) });
      return ok({ document: parsed.value, counts: { imported: { table: parsed.value.tables.length }, skipped: {}, failed: 0 }, warnings: [], sql: null });
    }
  }
}

function parseJson(text: string): Result<unknown, ImportFailure> {
  try {
    return ok(JSON.parse(text.replace(/^\uFEFF/, '')) as unknown);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = Number(/at position (\d+)/.exec(message)?.[1] ?? 0);
    const before = text.slice(0, position);
    return err({ kind: 'parse_error', message: `not valid JSON: ${message}`, line: before.split('\n').length, column: position - before.lastIndexOf('\n') });
  }
}

export interface ExportedFile {
  text: string;
  contentType: string;
  fileExtension: string;
  /** What the format could not hold; empty for SQL, JSON and the dictionary. */
  losses: readonly Loss[];
}

const FILES: Record<ExportFormat, { contentType: string; fileExtension: string }> = {
  sql: { contentType: 'application/sql; charset=utf-8', fileExtension: 'sql' },
  dbml: { contentType: 'text/plain; charset=utf-8', fileExtension: 'dbml' },
  prisma: { contentType: 'text/plain; charset=utf-8', fileExtension: 'prisma' },
  json: { contentType: 'application/json; charset=utf-8', fileExtension: 'json' },
  'dictionary-md': { contentType: 'text/markdown; charset=utf-8', fileExtension: 'md' },
  'dictionary-html': { contentType: 'text/html; charset=utf-8', fileExtension: 'html' },
};

/** Writes a document in `format`. Fails only for SQL, when the document cannot be generated for its target. */
export function exportDocument(doc: DiagramDocument, format: ExportFormat): Result<ExportedFile, { kind: 'ddl_error'; message: string }> {
  const file = FILES[format];
  switch (format) {
    case 'sql': {
      const statements = createStatements(doc);
      if (!statements.ok) return err({ kind: 'ddl_error', message: describeErrors(statements.error) });
      return ok({ ...file, losses: [], text: renderScript(statements.value, { title: `${doc.name}\nGenerated by Tablecraft for PostgreSQL ${doc.target.postgresVersion}.` }) });
    }
    case 'dbml': return ok({ ...file, ...exportDbml(doc) });
    case 'prisma': return ok({ ...file, ...exportPrisma(doc) });
    case 'json': return ok({ ...file, losses: [], text: `${JSON.stringify(doc, null, 2)}\n` });
    case 'dictionary-md': return ok({ ...file, losses: [], text: dataDictionaryMarkdown(doc) });
    case 'dictionary-html': return ok({ ...file, losses: [], text: dataDictionaryHtml(doc) });
  }
}
