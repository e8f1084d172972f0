import type { DiagramDocument } from '../../model/document';
import { ident } from '../../sql/quote';
import { refSql } from '../emit/fragments';
import { statement, type Statement } from '../statement';
import { expandedState, type TypeChange } from './expand-contract-candidates';
import {
  addShadowColumn, backfillShadow, contractStatements, dropShadowIndexes, dropSyncTrigger, helperCheckNotValid, reexpandStatements, shadowIndexes, syncFunction, syncTrigger,
} from './expand-contract-sql';
import { validate } from './online';
import { compatibilityView, dropCompatibilityView, type RenamedTable } from './table-rename-view';
import type { PlanUnit, StageName } from './types';

export interface ExpandContractInput {
  readonly changes: readonly TypeChange[];
  readonly renames: readonly RenamedTable[];
  /** The state the ordinary steps end in: the new schema with the changing columns still in their old types. */
  readonly base: DiagramDocument;
  /** The new schema. */
  readonly final: DiagramDocument;
  readonly batchSize: number;
  /** The planner's diff-based DOWN from one document to another. */
  readonly down: (from: DiagramDocument, to: DiagramDocument) => PlanUnit;
}

type Step = { stage: StageName; up: PlanUnit; down: PlanUnit };
const unit = (statements: Statement[], transactional = true, longRunning = false): PlanUnit => ({ transactional, longRunning, statements });

/**
 * The steps after the ordinary plan: expand (shadow column + sync trigger),
 * backfill and concurrent shadow indexes, validate the NOT NULL helper, then the
 * CONTRACT migration, which must only run once every client is deployed with
 * the new types and names. Each step's DOWN returns to the state before it.
 */
export function expandContractSteps(input: ExpandContractInput): Step[] {
  const { changes, renames } = input;
  const steps: Step[] = [];
  if (changes.length > 0) {
    steps.push({
      stage: 'expand',
      up: unit(changes.flatMap((tc) => [addShadowColumn(tc), syncFunction(tc), syncTrigger(tc), ...(tc.helper ? [helperCheckNotValid(tc, tc.helper)] : [])])),
      down: unit(changes.flatMap((tc) => [...dropSyncTrigger(tc), statement(`ALTER TABLE ${refSql(tc.table)} DROP COLUMN IF EXISTS ${ident(tc.shadow)}`,
        `Drops the shadow column ${tc.shadow} (and its helper check); the old column ${tc.after.name} still holds every value.`, { lock: 'ACCESS EXCLUSIVE', hazards: ['ACQUIRES_ACCESS_EXCLUSIVE_LOCK'] })])),
    });
    const drops = changes.flatMap(dropShadowIndexes);
    steps.push({
      stage: 'expand_backfill',
      up: unit(changes.flatMap((tc) => [backfillShadow(tc, input.batchSize), ...shadowIndexes(tc)]), false, true),
      down: drops.length > 0 ? unit(drops, false, true) : unit([]),
    });
    const helpers = changes.filter((tc) => tc.helper !== null);
    if (helpers.length > 0) steps.push({ stage: 'expand_validate', up: unit(helpers.map((tc) => validate(tc.table, tc.helper!)), true, true), down: unit([]) });
  }
  if (changes.length > 0 || renames.length > 0) {
    const expanded = expandedState(input.base, input.final, changes);
    const back = changes.length > 0 ? input.down(input.final, expanded).statements : [];
    steps.push({
      stage: 'contract',
      up: unit([...renames.map((r) => dropCompatibilityView(r, 'Contract:')), ...changes.flatMap(contractStatements)]),
      down: unit([...back, ...changes.flatMap(reexpandStatements), ...renames.map(compatibilityView)]),
    });
  }
  return steps;
}
