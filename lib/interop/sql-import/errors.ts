import type { DocumentProblem } from '../../model/problems';

/**
 * Why an import produced no diagram. A parse error carries PostgreSQL's own
 * message and where it points; an invalid document means the statements parsed
 * but the diagram built from them breaks a rule of the document format.
 */
export type ImportError =
  | { kind: 'parse_error'; message: string; line: number; column: number }
  | { kind: 'invalid_document'; message: string; problems: DocumentProblem[] };
