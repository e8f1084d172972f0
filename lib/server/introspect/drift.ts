import { describeErrors, type DdlError } from '../../ddl/errors';
import { migrationStatements } from '../../ddl/generate';
import type { Statement } from '../../ddl/statement';
import type { DiagramDocument } from '../../model/document';
import { err, ok, type Result } from '../../result';
import { adoptIds } from './match-names';

export interface Drift {
  /** True when the database already is what the diagram describes. */
  readonly inSync: boolean;
  /** The statements that turn the live database into the diagram, in order. */
  readonly statements: readonly Statement[];
}

export interface DriftError {
  readonly kind: 'cannot_diff';
  readonly message: string;
  readonly errors: readonly DdlError[];
}

/**
 * What it takes to bring a live database (`live`, from `introspect`) to the
 * diagram (`design`). Objects are matched by name, since the two documents'
 * ids differ; a table or column whose name changed therefore shows as a drop
 * and an add, which the statements' DELETES_DATA hazard makes visible.
 */
export function driftBetween(design: DiagramDocument, live: DiagramDocument): Result<Drift, DriftError> {
  const matched = adoptIds(live, { ...design, target: live.target });
  const result = migrationStatements({ ...matched, target: design.target }, design);
  if (!result.ok) return err({ kind: 'cannot_diff', message: `cannot compute the migration to the diagram:\n${describeErrors(result.error)}`, errors: result.error });
  return ok({ inSync: result.value.length === 0, statements: result.value });
}
