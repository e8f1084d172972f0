import { migrationStatements } from '../ddl/generate';
import type { DdlError } from '../ddl/errors';
import type { Statement } from '../ddl/statement';
import type { DiagramDocument } from '../model/document';
import { err, ok, type Result } from '../result';
import type { AdvisorFix } from './findings';
import { applyAdvisorFix, type FixError } from './fix';

/** What applying a fix would do: the new document and the migration from the current one. */
export function previewFix(doc: DiagramDocument, fix: AdvisorFix): Result<{ document: DiagramDocument; statements: Statement[] }, FixError | { kind: 'ddl'; errors: DdlError[] }> {
  const applied = applyAdvisorFix(doc, fix);
  if (!applied.ok) return applied;
  const statements = migrationStatements(doc, applied.value);
  if (!statements.ok) return err({ kind: 'ddl', errors: statements.error });
  return ok({ document: applied.value, statements: statements.value });
}
