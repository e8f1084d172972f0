export { importSql, type ImportOptions, type ImportResult } from './import';
export type { ImportError } from './errors';
export type { ImportReport, ImportWarning, SequenceInfo, StatementEntry, StatementOutcome } from './report';
