import type { DiagramDocument } from '../model';
import { err, ok, type Result } from '../result';
import { indexDocument, tableContext, type DocumentIndex, type TableContext } from './context';
import { applyExceptions } from './exceptions';
import type { Finding } from './findings';
import { copiedAttributes } from './infer/copied-attribute';
import { multiValuedColumns } from './infer/multi-valued';
import { repeatingGroups } from './infer/repeating-group';
import { zipDependencies } from './infer/zip-family';
import { noKey } from './no-key';
import { checkNormalForms, type NormalForm } from './normal-forms';
import { violationFindings } from './violation-findings';

/** The rules beside the dependency check; each is one file and returns findings. */
const RULES: readonly ((ctx: TableContext) => Finding[])[] = [noKey, repeatingGroups, multiValuedColumns, copiedAttributes, zipDependencies];

export interface TableAnalysis {
  readonly tableId: string;
  readonly tableName: string;
  /** Candidate keys as column ids, under the declared and key-implied dependencies. */
  readonly keys: string[][];
  /** True when the key search stopped at its bound (the 2NF/3NF verdict may then miss problems). */
  readonly keysPartial: boolean;
  /** The highest normal form the known dependencies allow (1NF is assumed; 1NF suggestions are findings). */
  readonly normalForm: NormalForm;
  readonly findings: Finding[];
}

export interface DocumentAnalysis {
  readonly tables: TableAnalysis[];
  readonly findings: Finding[];
  /** Counts of findings not accepted as exceptions. */
  readonly summary: { readonly errors: number; readonly warnings: number; readonly infos: number; readonly accepted: number };
}

export type AnalyzeError = { kind: 'table_not_found'; message: string };

export interface AnalyzeOptions {
  /** Bound on candidate keys per table (default 1,000). */
  readonly keyLimit?: number;
}

export function analyzeTable(doc: DiagramDocument, tableId: string, options: AnalyzeOptions = {}): Result<TableAnalysis, AnalyzeError> {
  const table = doc.tables.find((t) => t.id === tableId);
  if (!table) return err({ kind: 'table_not_found', message: `no table with id "${tableId}" in the diagram` });
  return ok(analyzeOne(tableContext(doc, table, indexDocument(doc)), options));
}

export function analyzeDocument(doc: DiagramDocument, options: AnalyzeOptions = {}): DocumentAnalysis {
  const index: DocumentIndex = indexDocument(doc);
  const tables = doc.tables.map((t) => analyzeOne(tableContext(doc, t, index), options));
  const findings = tables.flatMap((t) => t.findings);
  const open = findings.filter((f) => !f.accepted);
  return {
    tables, findings,
    summary: {
      errors: open.filter((f) => f.severity === 'error').length,
      warnings: open.filter((f) => f.severity === 'warning').length,
      infos: open.filter((f) => f.severity === 'info').length,
      accepted: findings.length - open.length,
    },
  };
}

function analyzeOne(ctx: TableContext, options: AnalyzeOptions): TableAnalysis {
  const report = checkNormalForms(ctx.relation.all, ctx.relation.fds, { limit: options.keyLimit });
  const findings = [...violationFindings(ctx, report), ...RULES.flatMap((rule) => rule(ctx))];
  return {
    tableId: ctx.table.id, tableName: ctx.table.name,
    keys: report.keys.map((k) => ctx.relation.ids(k)),
    keysPartial: report.keysPartial,
    normalForm: report.highest,
    findings: applyExceptions(findings, ctx.doc.exceptions),
  };
}
