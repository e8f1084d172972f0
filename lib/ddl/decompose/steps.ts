import type { DiagramDocument } from '../../model/document';
import { diff, type DiffOptions } from '../diff';
import { emit } from '../emit';
import type { Operation } from '../operations';
import type { PlanUnit } from '../plan/types';
import type { Statement } from '../statement';
import type { DecompositionStage, DecompositionStep } from './types';

/** Step plumbing shared by the three kinds of change. */

export const SUMMARY: Record<DecompositionStage, string> = {
  main: 'create the new table and copy the values into it',
  build_indexes: 'index the foreign key columns concurrently',
  add_constraints: 'add the foreign key without scanning, copy values written since',
  validate: 'validate the foreign key without blocking writes',
  contract: 'check the copy once more and drop the moved columns',
};

/** The operations between two states of the migration; they are built to diff, so a failure is a bug. */
export function ops(from: DiagramDocument, to: DiagramDocument, options: DiffOptions = {}): Operation[] {
  const result = diff(from, to, { keepRemovedEnumValues: true, ...options });
  if (!result.ok) throw new Error(`decomposition: an intermediate state does not diff: ${result.error.map((e) => e.message).join('; ')}`);
  return result.value;
}

export const emitOps = (from: DiagramDocument, to: DiagramDocument, options: DiffOptions = {}) => ops(from, to, options).map(emit);

export const tx = (statements: readonly Statement[], longRunning = false): PlanUnit => ({ transactional: true, longRunning, statements });

export function step(stage: DecompositionStage, up: PlanUnit, down: PlanUnit): DecompositionStep {
  return { stage, summary: SUMMARY[stage], up, down };
}

/** Adds a sentence to a statement's explanation. */
export const explain = (s: Statement, more: string): Statement => ({ ...s, explanation: `${s.explanation} ${more}` });

/**
 * A DROP COLUMN whose values were moved (not lost): says where they went and how
 * the DOWN brings them back. DELETES_DATA stays (the column's own storage goes, and
 * clients reading it break); IRREVERSIBLE does not: the DOWN restores every value.
 */
export function movedDrop(s: Statement, where: string): Statement {
  if (!/DROP COLUMN/.test(s.sql)) return s;
  const moved = explain(s, `DELETES_DATA here means the column's storage: its values now live in ${where} (copied and checked above), and the DOWN copies them back.`);
  return { ...moved, hazards: moved.hazards.filter((h) => h !== 'IRREVERSIBLE') };
}
