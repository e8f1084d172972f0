import type { DecomposeChange } from '../../normalization/fix-decompose';
import { ident } from '../../sql/quote';
import { emit } from '../emit';
import { refLabel, refSql } from '../emit/fragments';
import { hasFeature } from '../features';
import { addForeignKeyNotValid, validate } from '../plan/online';
import { statement, type Statement } from '../statement';
import { EXAMPLES, lockAgainstWrites, refuseIf } from './checks';
import { allNotNull, anyNotNull, anyNull, cols, from, joinOn, lookup, tuple, valuesText } from './context';
import type { MigrationDocuments } from './states';
import { emitOps, explain, movedDrop, ops, step, tx } from './steps';
import type { DecompositionStep } from './types';

/**
 * X → Y moved into a new table keyed by X. The UP, step by step:
 *   main             refuse if the data breaks X → Y (or would lose Y where X is NULL);
 *                    CREATE TABLE new; INSERT … SELECT DISTINCT X, Y … WHERE X IS NOT NULL
 *   build_indexes    CREATE INDEX CONCURRENTLY on old(X), when none serves the foreign key
 *   add_constraints  ADD FOREIGN KEY … NOT VALID (from then on every new X must exist in
 *                    the new table), then copy the X values written since `main`
 *   validate         VALIDATE CONSTRAINT, reads and writes continue
 *   contract         block writes, check again that every row's Y equals the new table's,
 *                    DROP COLUMN Y
 * Each DOWN undoes its step; the contract's DOWN re-adds Y and copies it back.
 */
export function decomposeSteps(change: DecomposeChange, docs: MigrationDocuments, version: number): DecompositionStep[] {
  const L = lookup(docs.linked);
  const oldTable = L.table(change.table.id);
  const newTable = L.table(change.newTable.id);
  const det = change.keyColumns.map((k) => L.column(oldTable.id, k.from));
  const key = change.keyColumns.map((k) => L.column(newTable.id, k.to));
  const dep = change.movedColumns.map((m) => L.column(oldTable.id, m.from));
  const newDep = change.movedColumns.map((m) => L.column(newTable.id, m.to));
  const rowKey = change.keptKey?.map((id) => L.column(oldTable.id, id)) ?? null;
  const oldLabel = refLabel(oldTable.ref);
  const newLabel = refLabel(newTable.ref);
  const what = `(${det.join(', ')}) → (${dep.join(', ')})`;

  const nullDeterminant = refuseIf(
    `SELECT ${valuesText(cols('o', rowKey ?? dep))} FROM ${from(oldTable.ref, 'o')} WHERE (${anyNull(cols('o', det))}) AND (${anyNotNull(cols('o', dep))}) ORDER BY 1 LIMIT ${EXAMPLES}`,
    `rows of ${oldLabel} have ${dep.join(', ')} but no ${det.join(', ')}, so those values have no row of ${newLabel} to move to (${rowKey ? `key ${rowKey.join(', ')}` : `values of ${dep.join(', ')}`})`,
    `Fill in ${det.join(', ')} or clear ${dep.join(', ')} on those rows, then run the migration again.`,
    `Refuses to go on if a row of ${oldLabel} has ${dep.join(', ')} without ${det.join(', ')}: the value would be lost.`,
  );
  const s = cols('s', det);
  const conflicts = refuseIf(
    [
      `SELECT ${valuesText(s)} || ' → ' || string_agg(${valuesText(cols('s', dep))}, ' | ' ORDER BY ${valuesText(cols('s', dep))})`,
      `FROM (SELECT DISTINCT ${[...cols('o', det), ...cols('o', dep)].join(', ')} FROM ${from(oldTable.ref, 'o')} WHERE ${allNotNull(cols('o', det))}) AS s`,
      `GROUP BY ${s.join(', ')} HAVING count(*) > 1 ORDER BY 1 LIMIT ${EXAMPLES}`,
    ].join(' '),
    `the data of ${oldLabel} breaks the dependency ${what}: these values of ${det.join(', ')} have more than one value of ${dep.join(', ')}`,
    `Make each ${det.join(', ')} have one ${dep.join(', ')} (clean the data, or the dependency does not hold and should not be declared), then run the migration again.`,
    `Refuses to go on, naming up to ${EXAMPLES} examples, if one ${det.join(', ')} has several ${dep.join(', ')} in ${oldLabel}: the data breaks the dependency and cannot be moved without losing values.`,
  );
  const copySql = `INSERT INTO ${refSql(newTable.ref)} (${[...key, ...newDep].map(ident).join(', ')}) SELECT DISTINCT ${[...cols('o', det), ...cols('o', dep)].join(', ')} FROM ${from(oldTable.ref, 'o')} WHERE ${allNotNull(cols('o', det))}`;
  const copy = statement(copySql,
    `Copies each distinct ${det.join(', ')} with its ${dep.join(', ')} from ${oldLabel} into ${newLabel} (one scan of ${oldLabel}, which stays readable and writable).`,
    { lock: 'ROW EXCLUSIVE' });
  const topUp = statement(`${copySql} ON CONFLICT (${key.map(ident).join(', ')}) DO NOTHING`,
    `Copies the ${det.join(', ')} values written to ${oldLabel} since the first copy; the foreign key above, taken first, keeps new ones from slipping past.`,
    { lock: 'ROW EXCLUSIVE' });
  const drift = refuseIf(
    `SELECT ${valuesText(cols('o', det))} || ': ' || ${valuesText(cols('o', dep))} || ' here, ' || ${valuesText(cols('n', newDep))} || ' in ${newLabel.replace(/'/g, "''")}' FROM ${from(oldTable.ref, 'o')} JOIN ${from(newTable.ref, 'n')} ON ${joinOn(cols('o', det), cols('n', key))} WHERE ${tuple(cols('o', dep))} IS DISTINCT FROM ${tuple(cols('n', newDep))} ORDER BY 1 LIMIT ${EXAMPLES}`,
    `${dep.join(', ')} changed in ${oldLabel} after the copy and no longer equals ${newLabel}`,
    `Update ${newLabel} (or ${oldLabel}) so both agree, then run this step again; clients should write ${dep.join(', ')} to ${newLabel} by now.`,
    `Refuses to drop ${dep.join(', ')} if a row of ${oldLabel} disagrees with ${newLabel}: that value would be lost.`,
  );
  const restore = statement(
    `UPDATE ${from(oldTable.ref, 'o')} SET ${dep.map((d, i) => `${ident(d)} = n.${ident(newDep[i]!)}`).join(', ')} FROM ${from(newTable.ref, 'n')} WHERE ${joinOn(cols('o', det), cols('n', key))}`,
    // Runs after ADD COLUMN in the same transaction, which already holds ACCESS EXCLUSIVE on the table.
    `Copies ${dep.join(', ')} back from ${newLabel} into every row of ${oldLabel} by ${det.join(', ')} (rewrites each row once).`,
    { lock: 'ROW EXCLUSIVE' },
  );

  const partitioned = oldTable.partitionBy !== null;
  const steps: DecompositionStep[] = [];
  const dropNew = emitOps(docs.created, docs.d0).map((x) => explain(x, `The values are still in ${oldLabel}: this step never removed them.`));
  steps.push(step('main', tx([nullDeterminant, conflicts, ...emitOps(docs.d0, docs.created), copy]), tx(dropNew)));
  if (docs.indexAdded) {
    // CONCURRENTLY does not work on a partitioned table; there the index is built in a transaction (it blocks writes while it builds).
    const up = emitOps(docs.created, docs.indexed, { concurrentIndexes: !partitioned });
    steps.push(step('build_indexes', { transactional: partitioned, longRunning: true, statements: up }, tx(emitOps(docs.indexed, docs.created))));
  }
  const fkOps = ops(docs.indexed, docs.linked);
  const online = !partitioned || hasFeature(version, 'notValidForeignKeyOnPartitioned');
  const fkName = L.model.foreignKeys.find((f) => f.id === change.foreignKey.id)!.name;
  const addFk = fkOps.map((op): Statement => (op.kind === 'add_foreign_key' && online ? addForeignKeyNotValid(op) : emit(op)));
  // The foreign key first: its lock stops writers, so no X can be written between the top-up and the commit.
  steps.push(step('add_constraints', tx([...addFk, topUp]), tx(emitOps(docs.linked, docs.indexed))));
  if (online) steps.push(step('validate', tx([validate(oldTable.ref, fkName)], true), tx([])));
  steps.push(step('contract',
    tx([lockAgainstWrites(oldTable.ref, 'the check below must see the rows whose columns the drop removes.'), nullDeterminant, drift, ...emitOps(docs.linked, docs.target).map((x) => movedDrop(x, newLabel))]),
    tx([...emitOps(docs.target, docs.loose), restore, ...emitOps(docs.loose, docs.linked)])));
  return steps;
}
