import { ident, literal, numberLiteral } from '../../sql/quote';
import { emitCreateIndex } from '../emit/create-index';
import { columnList, refLabel, refSql } from '../emit/fragments';
import type { IndexDef } from '../schema-model';
import { statement, type Statement } from '../statement';
import type { TypeChange } from './expand-contract-candidates';

/**
 * The statements of the expand/contract rollout of a rewriting type change.
 * The old column stays what running clients read and write until the contract;
 * the trigger converts every write into the shadow column, so the backfill only
 * has to cover rows nobody touches meanwhile.
 */

const label = (tc: TypeChange, column = tc.after.name) => `${refLabel(tc.table)}.${column}`;
const fn = (tc: TypeChange) => refSql({ schema: tc.table.schema, name: tc.sync });
const cast = (tc: TypeChange, value: string) => `(${value})::${tc.after.type}`;

export function addShadowColumn(tc: TypeChange): Statement {
  return statement(`ALTER TABLE ${refSql(tc.table)} ADD COLUMN ${ident(tc.shadow)} ${tc.after.type}`,
    `Expand: adds the shadow column ${label(tc, tc.shadow)} in the new type ${tc.after.type}, nullable and without a default, so adding it is a catalog change and no row is rewritten.`,
    { lock: 'ACCESS EXCLUSIVE', hazards: ['ACQUIRES_ACCESS_EXCLUSIVE_LOCK'] });
}

export function syncFunction(tc: TypeChange): Statement {
  const sql = [
    `CREATE FUNCTION ${fn(tc)}() RETURNS trigger LANGUAGE plpgsql AS $sync$`,
    'BEGIN',
    `  NEW.${ident(tc.shadow)} := ${cast(tc, `NEW.${ident(tc.after.name)}`)};`,
    '  RETURN NEW;',
    'END',
    '$sync$',
  ].join('\n');
  return statement(sql, `Expand: the trigger function that copies ${label(tc)} (${tc.before.type}) into ${tc.shadow} (${tc.after.type}) on every write, converting with the same cast the in-place change would use.`);
}

export function syncTrigger(tc: TypeChange): Statement {
  return statement(`CREATE TRIGGER ${ident(tc.sync)} BEFORE INSERT OR UPDATE ON ${refSql(tc.table)} FOR EACH ROW EXECUTE FUNCTION ${fn(tc)}()`,
    `Expand: keeps ${tc.shadow} in sync for rows that clients insert or update while the rollout runs; clients keep using ${tc.after.name} unchanged.`,
    { lock: 'SHARE ROW EXCLUSIVE', hazards: ['BLOCKS_WRITES'] });
}

export function dropSyncTrigger(tc: TypeChange): Statement[] {
  return [
    statement(`DROP TRIGGER IF EXISTS ${ident(tc.sync)} ON ${refSql(tc.table)}`, `Drops the sync trigger of ${label(tc)}.`, { lock: 'ACCESS EXCLUSIVE', hazards: ['ACQUIRES_ACCESS_EXCLUSIVE_LOCK'] }),
    statement(`DROP FUNCTION IF EXISTS ${fn(tc)}()`, `Drops the sync trigger function of ${label(tc)}.`),
  ];
}

export function helperCheckNotValid(tc: TypeChange, helper: string): Statement {
  return statement(`ALTER TABLE ${refSql(tc.table)} ADD CONSTRAINT ${ident(helper)} CHECK (${ident(tc.shadow)} IS NOT NULL) NOT VALID`,
    `Expand: ${tc.after.name} is NOT NULL, so ${tc.shadow} gets a helper CHECK (… IS NOT NULL) as NOT VALID: enforced for new rows at once (the trigger fills it), existing rows are validated after the backfill without blocking writes.`,
    { lock: 'ACCESS EXCLUSIVE', hazards: ['ACQUIRES_ACCESS_EXCLUSIVE_LOCK'] });
}

/** Like the planner's NOT NULL backfill: ctid batches, COMMIT between them, re-runnable. */
export function backfillShadow(tc: TypeChange, batchSize: number): Statement {
  const t = refSql(tc.table);
  const c = ident(tc.after.name);
  const s = ident(tc.shadow);
  const pending = `${s} IS NULL AND ${c} IS NOT NULL`;
  const sql = [
    'DO $backfill$',
    'DECLARE',
    '  updated bigint;',
    'BEGIN',
    '  LOOP',
    `    UPDATE ${t} SET ${s} = ${cast(tc, c)}`,
    `    WHERE ${pending} AND ctid = ANY (ARRAY(SELECT ctid FROM ${t} WHERE ${pending} LIMIT ${numberLiteral(batchSize)}));`,
    '    GET DIAGNOSTICS updated = ROW_COUNT;',
    '    EXIT WHEN updated = 0;',
    '    COMMIT;',
    '  END LOOP;',
    'END',
    '$backfill$',
  ].join('\n');
  return statement(sql, `Expand: converts the existing rows of ${label(tc)} into ${tc.shadow}, ${batchSize} rows per transaction; it runs outside a transaction block (it COMMITs between batches), a bad value stops it with the row's error, and it can be re-run.`, {
    lock: 'ROW EXCLUSIVE', transactional: false,
  });
}

/** The shadow copies of the column's indexes and key indexes, built concurrently. */
export function shadowIndexes(tc: TypeChange): Statement[] {
  const onShadow = (name: string) => (name === tc.after.name ? tc.shadow : name);
  const plain = tc.indexes.map(({ index, shadow }) => {
    const copy: IndexDef = { ...index, name: shadow, keys: index.keys.map((k) => ({ ...k, column: k.column && onShadow(k.column) })) };
    const s = emitCreateIndex({ kind: 'create_index', index: copy, concurrently: true, newTable: false });
    return { ...s, explanation: `Expand: ${s.explanation.replace(/\.$/, '')}, the copy of "${index.name}" on ${tc.shadow}; contract renames it back.` };
  });
  const keys = tc.keys.map((k) => statement(
    `CREATE UNIQUE INDEX CONCURRENTLY ${ident(k.shadow)} ON ${refSql(tc.table)} USING btree (${columnList(k.columns.map(onShadow))})${k.nullsNotDistinct ? ' NULLS NOT DISTINCT' : ''}`,
    `Expand: builds the unique index for the ${k.kind.toLowerCase()} "${k.name}" on ${tc.shadow} without blocking writes; contract turns it into the constraint (USING INDEX, no scan).`,
    { lock: 'SHARE UPDATE EXCLUSIVE', transactional: false }));
  return [...plain, ...keys];
}

export function dropShadowIndexes(tc: TypeChange): Statement[] {
  return [...tc.indexes.map((i) => i.shadow), ...tc.keys.map((k) => k.shadow)].map((name) => statement(
    `DROP INDEX CONCURRENTLY IF EXISTS ${refSql({ schema: tc.table.schema, name })}`,
    `Drops the shadow index "${name}" without blocking writes.`, { lock: 'SHARE UPDATE EXCLUSIVE', transactional: false }));
}

/**
 * The swap, in one short transaction: every statement is a catalog change (the
 * validated helper check lets SET NOT NULL skip the scan, USING INDEX skips the
 * build), so ACCESS EXCLUSIVE is held for milliseconds once it is granted.
 */
export function contractStatements(tc: TypeChange): Statement[] {
  const t = refSql(tc.table);
  const c = ident(tc.after.name);
  const lockOnly = { lock: 'ACCESS EXCLUSIVE' as const, hazards: ['ACQUIRES_ACCESS_EXCLUSIVE_LOCK' as const] };
  const out: Statement[] = [
    ...dropSyncTrigger(tc).map((s) => ({ ...s, explanation: `Contract: ${s.explanation}` })),
    statement(`ALTER TABLE ${t} DROP COLUMN ${c}`,
      `Contract: drops the old ${label(tc)} (${tc.before.type}) with its indexes and keys; its values live on, converted, in ${tc.shadow}. Clients still reading it as ${tc.before.type} now get ${tc.after.type}.`,
      { lock: 'ACCESS EXCLUSIVE', hazards: ['ACQUIRES_ACCESS_EXCLUSIVE_LOCK', 'BREAKS_RUNNING_CLIENTS'] }),
    statement(`ALTER TABLE ${t} RENAME COLUMN ${ident(tc.shadow)} TO ${c}`,
      `Contract: the shadow column takes the name ${tc.after.name} (PostgreSQL cannot reorder columns: it is now the table's last column).`, lockOnly),
  ];
  if (tc.helper) {
    out.push(statement(`ALTER TABLE ${t} ALTER COLUMN ${c} SET NOT NULL`, `Contract: makes ${label(tc)} NOT NULL; the validated helper check proves it, so there is no scan.`, lockOnly));
    out.push(statement(`ALTER TABLE ${t} DROP CONSTRAINT ${ident(tc.helper)}`, `Contract: drops the helper check "${tc.helper}": the NOT NULL it proved is now part of the column.`, lockOnly));
  }
  if (tc.after.default !== null) {
    out.push(statement(`ALTER TABLE ${t} ALTER COLUMN ${c} SET DEFAULT ${tc.after.default}`, `Contract: restores the default of ${label(tc)}.`, lockOnly));
  }
  for (const { index, shadow } of tc.indexes) {
    out.push(statement(`ALTER INDEX ${refSql({ schema: tc.table.schema, name: shadow })} RENAME TO ${ident(index.name)}`, `Contract: gives the shadow index its original name "${index.name}".`, lockOnly));
  }
  for (const k of tc.keys) {
    out.push(statement(`ALTER TABLE ${t} ADD CONSTRAINT ${ident(k.name)} ${k.kind} USING INDEX ${ident(k.shadow)}`,
      `Contract: restores the ${k.kind.toLowerCase()} "${k.name}" from the unique index built concurrently: a catalog change, no scan.`, lockOnly));
  }
  if (tc.after.comment) out.push(statement(`COMMENT ON COLUMN ${t}.${c} IS ${literal(tc.after.comment)}`, `Contract: restores the comment of ${label(tc)}.`));
  return out;
}

/** After the contract's DOWN brought the old column back: refill the shadow, re-add its helper check and the trigger, as the expand left them. */
export function reexpandStatements(tc: TypeChange): Statement[] {
  return [
    statement(`UPDATE ${refSql(tc.table)} SET ${ident(tc.shadow)} = ${cast(tc, ident(tc.after.name))}`,
      `Refills ${tc.shadow} from ${label(tc)} as the expand left it (one statement: a DOWN runs in one transaction).`, { lock: 'ROW EXCLUSIVE' }),
    ...(tc.helper ? [statement(`ALTER TABLE ${refSql(tc.table)} ADD CONSTRAINT ${ident(tc.helper)} CHECK (${ident(tc.shadow)} IS NOT NULL)`,
      `Re-adds the validated helper check on ${tc.shadow} now that it is refilled.`, { lock: 'ACCESS EXCLUSIVE', hazards: ['ACQUIRES_ACCESS_EXCLUSIVE_LOCK'] })] : []),
    syncFunction(tc),
    syncTrigger(tc),
  ];
}
