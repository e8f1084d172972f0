import type { DiagramDocument } from '../../model/document';
import type { DocumentChange } from '../../normalization/fix-types';
import { ok, type Result } from '../../result';
import { diff } from '../diff';
import type { DdlError } from '../errors';
import { targetVersion } from '../features';
import type { Statement } from '../statement';
import { decomposeSteps } from './decompose';
import { dropCopySteps } from './drop-copy';
import { extractSteps } from './extract';
import { migrationDocuments } from './states';
import type { DecompositionMigration } from './types';

/**
 * The data-moving migration of a normalization fix: `before` is the diagram the
 * database was built from, `after` the fixed one, `change` what the fix did
 * (`applyFix`). Unlike the plain schema diff, the values of the moved columns are
 * copied into the new table before the columns are dropped, after a check that
 * refuses (naming examples) when the data would not survive the move; every
 * step's DOWN brings the old shape and values back. Pure; returns the steps split
 * at transaction boundaries, as the zero-downtime planner does.
 */
export function decompositionMigration(before: DiagramDocument, after: DiagramDocument, change: DocumentChange): Result<DecompositionMigration, DdlError[]> {
  // The end-to-end diff must work first: it reports what the target version cannot do, as values.
  const whole = diff(before, after);
  if (!whole.ok) return whole;
  const docs = migrationDocuments(before, after, change);
  const version = targetVersion(after);
  const steps = change.kind === 'decompose' ? decomposeSteps(change, docs, version)
    : change.kind === 'extract_values' ? extractSteps(change, docs)
      : dropCopySteps(change, docs);
  return ok({ document: docs.document, steps, targetVersion: version });
}

/** The UP statements of every step, in order (each keeps its `transactional` flag). */
export function upStatements(migration: DecompositionMigration): Statement[] {
  return migration.steps.flatMap((s) => s.up.statements);
}
