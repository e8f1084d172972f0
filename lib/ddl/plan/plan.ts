import type { DiagramDocument } from '../../model/document';
import { err, ok, type Result } from '../../result';
import { diff } from '../diff';
import { emit } from '../emit';
import type { DdlError } from '../errors';
import { targetVersion } from '../features';
import type { Operation } from '../operations';
import { resolveLeniently } from '../resolve';
import type { Statement } from '../statement';
import { typeChangesFor, withOldTypes } from './expand-contract-candidates';
import { expandContractSteps } from './expand-contract-steps';
import { freezeNames } from './freeze';
import { renamedTables, withoutViews } from './table-rename-view';
import { emptinessCheck, markLossy } from './precheck';
import { addConstraintsStage, buildIndexesStage, mainStage, setNotNullStage, validateStage, type StageContext } from './stages';
import { buildStates, isKeyIndexId } from './states';
import type { MigrationPlan, PlanOptions, PlanStep, PlanUnit, StageName } from './types';

const SUMMARY: Record<StageName, string> = {
  drop_indexes: 'drop indexes concurrently',
  main: 'schema changes in one transaction',
  build_indexes: 'backfill and build indexes concurrently',
  add_constraints: 'add keys, foreign keys and checks without scanning',
  validate: 'validate constraints without blocking writes',
  set_not_null: 'set NOT NULL using the validated checks',
  expand: 'expand: shadow columns in the new types, kept in sync by triggers',
  expand_backfill: 'expand: backfill the shadow columns in batches and build their indexes concurrently',
  expand_validate: 'expand: validate the shadow columns\' NOT NULL checks without blocking writes',
  contract: 'CONTRACT: run only after every client reads the new column types and table names',
};

/**
 * Plans the migration from `before` to `after`: with `safe` (the default) the
 * online patterns for tables that already exist, split into steps at every
 * transaction boundary (see `states.ts` for the states the steps pass through);
 * without it, the plain DDL in one step. Every step carries its DOWN.
 */
export function planMigration(before: DiagramDocument, after: DiagramDocument, options: PlanOptions = {}): Result<MigrationPlan, DdlError[]> {
  const d0 = freezeNames(before);
  const d5 = freezeNames(after);
  const check = diff(d0, d5);
  if (!check.ok) return check;
  const version = targetVersion(after);
  const lossy = addedObjects(before, after);
  const down = (from: DiagramDocument, to: DiagramDocument) => downUnit(from, to, lossy);

  if (options.safe === false) {
    const up = check.value.map(emit);
    return ok({ targetVersion: version, steps: [step('main', { transactional: up.every((s) => s.transactional), longRunning: false, statements: up }, down(d5, d0))] });
  }

  const m0 = resolveLeniently(d0).model;
  const m5 = resolveLeniently(d5).model;
  const expandContract = options.expandContract !== false;
  const changes = expandContract ? typeChangesFor(m0, m5) : [];
  const renames = expandContract ? renamedTables(m0, m5) : [];
  // The ordinary steps migrate to `target` (changing columns in their old types); the expand/contract steps finish the job.
  const target = withOldTypes(d5, d0, changes);
  const states = buildStates(d0, target);
  if (states.errors.length > 0) return err([...states.errors]);
  const { d0b, d1, d2, d3 } = states;
  const model = (doc: DiagramDocument) => resolveLeniently(doc).model;
  const m1 = model(d1);
  const m2 = model(d2);
  const existing = new Set(m1.tables.filter((t) => states.existing.has(t.id)).map((t) => `${t.ref.schema}.${t.ref.name}`));
  const backfills = states.backfills.map(({ tableId, columnId }) => {
    const table = m1.tables.find((t) => t.id === tableId)!;
    return { table: table.ref, column: table.columns.find((c) => c.id === columnId)!.name };
  });
  const ctx: StageContext = {
    version, model: m2, existing, batchSize: options.backfillBatchSize ?? 5000, validations: [],
    backfills: new Set(backfills.map((b) => `${b.table.schema}.${b.table.name}.${b.column}`)),
    helperNames: new Set(states.helperChecks.values()),
    renamedTables: renames,
    keyIndexes: new Set(m2.tables.flatMap((t) => t.indexes.filter((i) => isKeyIndexId(i.id)).map((i) => `${t.ref.schema}.${i.name}`))),
  };
  const ops = (from: DiagramDocument, to: DiagramDocument, concurrentIndexes = false): Operation[] => {
    const result = diff(from, to, { concurrentIndexes });
    if (!result.ok) throw new Error(`planMigration: an intermediate state does not diff: ${result.error.map((e) => e.message).join('; ')}`);
    return result.value;
  };

  const steps: PlanStep[] = [];
  const add = (stage: StageName, up: PlanUnit, downUnitValue: PlanUnit) => {
    if (up.statements.length > 0) steps.push(step(stage, up, downUnitValue));
  };
  add('drop_indexes', { transactional: false, longRunning: true, statements: ops(d0, d0b, true).map(emit) }, down(d0b, d0));
  add('main', { transactional: true, longRunning: false, statements: mainStage(ops(d0b, d1), ctx) }, withoutViews(down(d1, d0b), renames));
  add('build_indexes', { transactional: false, longRunning: true, statements: buildIndexesStage(ops(d1, d2, true), backfills, ctx) }, down(d2, d1));
  add('add_constraints', { transactional: true, longRunning: false, statements: addConstraintsStage(ops(d2, d3), ctx) }, down(d3, d2));
  add('validate', { transactional: true, longRunning: true, statements: validateStage(ctx) }, { transactional: true, longRunning: false, statements: [] });
  ctx.validations.length = 0;
  add('set_not_null', { transactional: true, longRunning: false, statements: setNotNullStage(ops(d3, target), ctx) }, down(target, d3));
  for (const s of expandContractSteps({ changes, renames, base: target, final: d5, batchSize: ctx.batchSize, down })) add(s.stage, s.up, s.down);
  return ok({ targetVersion: version, steps });
}

function step(stage: StageName, up: PlanUnit, down: PlanUnit): PlanStep {
  return { stage, summary: SUMMARY[stage], up, down };
}

/** `schema.table` and `schema.table.column` of what the UP adds: dropping those in a DOWN may lose data written since. */
function addedObjects(before: DiagramDocument, after: DiagramDocument): Set<string> {
  const m0 = resolveLeniently(before).model;
  const m5 = resolveLeniently(after).model;
  const out = new Set<string>();
  const oldPartitions = new Set(m0.tables.flatMap((t) => t.partitions.map((p) => p.id)));
  for (const table of m5.tables) {
    const label = `${table.ref.schema}.${table.ref.name}`;
    const old = m0.tables.find((t) => t.id === table.id);
    if (!old) out.add(label);
    for (const p of table.partitions) if (!oldPartitions.has(p.id)) out.add(`${p.ref.schema}.${p.ref.name}`);
    for (const column of table.columns) if (old && !old.columns.some((c) => c.id === column.id)) out.add(`${label}.${column.name}`);
  }
  return out;
}

/** Plain DDL back to the earlier state, in one transaction, with emptiness checks before lossy drops. */
function downUnit(from: DiagramDocument, to: DiagramDocument, added: ReadonlySet<string>): PlanUnit {
  const result = diff(from, to, { keepRemovedEnumValues: true });
  if (!result.ok) throw new Error(`planMigration: the DOWN does not diff: ${result.error.map((e) => e.message).join('; ')}`);
  const checks: Statement[] = [];
  const statements = result.value.map((op) => {
    const s = emit(op);
    const label = op.kind === 'drop_table' ? `${op.table.schema}.${op.table.name}`
      : op.kind === 'drop_column' ? `${op.table.schema}.${op.table.name}.${op.column}` : null;
    if (label === null || !added.has(label)) return s;
    const probe = emptinessCheck(op);
    if (probe) checks.push(probe);
    return markLossy(s);
  });
  return { transactional: true, longRunning: false, statements: [...checks, ...statements] };
}
