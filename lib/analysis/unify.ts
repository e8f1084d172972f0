import type { AdvisorFinding } from '../advisor/findings';
import type { DiagramDocument } from '../model/document';
import type { Table } from '../model/table';
import type { Finding } from '../normalization/findings';
import type { AnalysisFinding, ColumnRefs } from './types';

/** Names of tables and columns by id, built once per document. */
export interface NameIndex {
  readonly tables: ReadonlyMap<string, { readonly name: string; readonly columns: ReadonlyMap<string, string> }>;
}

export function nameIndex(doc: DiagramDocument): NameIndex {
  const schemas = new Map(doc.schemas.map((s) => [s.id, s.name]));
  const qualified = (t: Table) => {
    const schema = schemas.get(t.schemaId);
    return schema && schema !== 'public' ? `${schema}.${t.name}` : t.name;
  };
  return {
    tables: new Map(doc.tables.map((t) => [t.id, { name: qualified(t), columns: new Map(t.columns.map((c) => [c.id, c.name])) }])),
  };
}

function refs(names: NameIndex, tableId: string, columnIds: readonly string[]): ColumnRefs {
  const columns = names.tables.get(tableId)?.columns;
  // An id the table does not have is a bug in a rule; show the id rather than hide the finding.
  return { columnIds: [...columnIds], columnNames: columnIds.map((id) => columns?.get(id) ?? id) };
}

const tableName = (names: NameIndex, tableId: string) => names.tables.get(tableId)?.name ?? tableId;

export function fromNormalization(f: Finding, names: NameIndex): AnalysisFinding {
  return {
    code: f.code, category: 'normalization', severity: f.severity,
    tableId: f.tableId, tableName: tableName(names, f.tableId), ...refs(names, f.tableId, f.columnIds),
    dependency: f.dependency
      ? { determinant: refs(names, f.tableId, f.dependency.determinant), dependent: refs(names, f.tableId, f.dependency.dependent) }
      : null,
    normalForm: f.normalForm, message: f.message,
    inferred: f.inferred, confidence: f.confidence, reason: f.reason, fix: f.fix,
    accepted: f.accepted, justification: f.justification, exceptionId: f.exceptionId,
    seeAlso: null, objectId: null, patternIds: [],
  };
}

export function fromAdvisor(f: AdvisorFinding, names: NameIndex): AnalysisFinding {
  return {
    code: f.code, category: f.category, severity: f.severity,
    tableId: f.tableId, tableName: tableName(names, f.tableId), ...refs(names, f.tableId, f.columnIds),
    dependency: null, normalForm: null, message: f.message,
    inferred: false, confidence: null, reason: f.reason, fix: f.fix,
    accepted: f.accepted, justification: f.justification, exceptionId: f.exceptionId,
    seeAlso: f.seeAlso, objectId: f.objectId, patternIds: [...f.patternIds],
  };
}
