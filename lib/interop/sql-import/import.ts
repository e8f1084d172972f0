import { hasSqlDetails, loadModule, parse, type ParseResult } from 'libpg-query';
import { CURRENT_FORMAT_VERSION, DEFAULT_POSTGRES_VERSION, DOCUMENT_FORMAT, type DiagramDocument } from '../../model/document';
import { parseDocument } from '../../model/parse';
import { err, ok, type Result } from '../../result';
import { ImportContext } from './context';
import type { ImportError } from './errors';
import { finalize } from './finalize';
import { mapStatement } from './map/dispatch';
import { discoverPartitions } from './map/partition';
import { blankNonSql } from './non-sql';
import { ReportBuilder, type ImportReport } from './report';
import { SqlSource, StatementSource } from './source';

export interface ImportOptions {
  /** The diagram's name; defaults to "Imported schema". */
  name?: string;
  postgresVersion?: number;
}

export interface ImportResult {
  document: DiagramDocument;
  report: ImportReport;
}

/**
 * Reads SQL DDL — typically `pg_dump --schema-only` output — into a diagram
 * document, using the real PostgreSQL parser. Tables, columns, keys, foreign
 * keys, indexes, enums, domains, partitions and comments are imported; every
 * other statement is listed in the report with its kind and line.
 */
export async function importSql(sql: string, options: ImportOptions = {}): Promise<Result<ImportResult, ImportError>> {
  await loadModule();
  const { text, nonSql } = blankNonSql(sql);
  const source = new SqlSource(text);
  let parsed: ParseResult;
  try {
    parsed = await parse(text);
  } catch (error) {
    return err(parseError(error, source));
  }
  const stmts = parsed.stmts ?? [];
  const report = new ReportBuilder();
  const ctx = new ImportContext(report);
  discoverPartitions(stmts, ctx);

  for (const raw of stmts) {
    const start = raw.stmt_location ?? 0;
    const end = raw.stmt_len ? start + raw.stmt_len : source.bytes.length;
    const st = new StatementSource(source, start, end);
    const line = st.line;
    const entry = report.record(line, 'skipped', 'unknown', null);
    const outcome = mapStatement({ ctx, st, line, entry }, raw.stmt);
    Object.assign(entry, { outcome: outcome.outcome, kind: outcome.kind, name: outcome.name, reason: outcome.reason ?? null });
    if (outcome.outcome === 'failed') report.warn(line, `${outcome.kind}${outcome.name ? ` ${outcome.name}` : ''}: ${outcome.reason ?? 'failed'}`);
  }

  const { relationships, layout } = finalize(ctx);
  const document = parseDocument({
    format: DOCUMENT_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    name: options.name?.trim() || 'Imported schema',
    description: '',
    target: { postgresVersion: options.postgresVersion ?? DEFAULT_POSTGRES_VERSION },
    schemas: [...ctx.schemas.values()],
    extensions: ctx.extensions,
    enums: [...ctx.enums.values()],
    domains: [...ctx.domains.values()],
    sequences: [...ctx.sequences.values()],
    tables: [...ctx.tables.values()],
    relationships,
    layout: { nodes: layout, viewport: null },
  });
  if (!document.ok) {
    const error = document.error;
    return err(error.kind === 'invalid_document'
      ? { kind: 'invalid_document', message: `the imported diagram is not valid: ${error.message}`, problems: error.problems }
      : { kind: 'invalid_document', message: error.message, problems: [{ path: error.path, message: error.message }] });
  }
  return ok({ document: document.value, report: report.build(stmts.length, nonSql) });
}

function parseError(error: unknown, source: SqlSource): ImportError {
  const message = error instanceof Error ? error.message : String(error);
  // libpg-query reports the cursor as a 0-based character index into the input.
  const cursor = hasSqlDetails(error) ? error.sqlDetails?.cursorPosition ?? 0 : 0;
  const { line, column } = source.positionOfCharIndex(cursor);
  return { kind: 'parse_error', message, line, column };
}
