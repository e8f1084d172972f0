import type { DiagramDocument } from '../../model/document';
import type { PlanUnit } from '../plan/types';

/**
 * The steps of a data-moving normalization migration. Same shape as a planner
 * step (`PlanStep`), with one more stage: `contract`, the step that drops the
 * moved columns once their values provably live in the new table.
 */
export type DecompositionStage = 'main' | 'build_indexes' | 'add_constraints' | 'validate' | 'contract';

export interface DecompositionStep {
  readonly stage: DecompositionStage;
  readonly summary: string;
  readonly up: PlanUnit;
  readonly down: PlanUnit;
}

export interface DecompositionMigration {
  /**
   * The schema the migration ends in: the fixed document, plus an index on the
   * new foreign key's columns when the old table had none (a decomposition adds
   * that index; the catalog after the UP equals this document).
   */
  readonly document: DiagramDocument;
  readonly steps: readonly DecompositionStep[];
  readonly targetVersion: number;
}
