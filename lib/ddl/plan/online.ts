import { ident, numberLiteral } from '../../sql/quote';
import { emitAddForeignKey } from '../emit/add-foreign-key';
import { constraintClause } from '../emit/add-constraint';
import { emitCreateIndex } from '../emit/create-index';
import { columnDefinition, refLabel, refSql } from '../emit/fragments';
import { makeObjectName } from '../names';
import type { OperationOf } from '../operations';
import type { ColumnDef, IndexDef, ObjectRef, PartitionDef } from '../schema-model';
import { statement, type Statement } from '../statement';

/** The statements of the online patterns; each explains why it is shaped the way it is. */

const bare = (s: Statement) => s.sql.replace(/;$/, '');

/** ADD COLUMN without the default, then the default for new rows only: existing rows are filled by the backfill. */
export function addColumnThenDefault(table: ObjectRef, column: ColumnDef): Statement[] {
  const label = `${refLabel(table)}.${column.name}`;
  return [
    statement(`ALTER TABLE ${refSql(table)} ADD COLUMN ${columnDefinition({ ...column, default: null })}`,
      `Adds ${label} without its default: a per-row default (${column.default}) on ADD COLUMN would rewrite the whole table under an ACCESS EXCLUSIVE lock.`,
      { lock: 'ACCESS EXCLUSIVE', hazards: ['ACQUIRES_ACCESS_EXCLUSIVE_LOCK'] }),
    statement(`ALTER TABLE ${refSql(table)} ALTER COLUMN ${ident(column.name)} SET DEFAULT ${column.default}`,
      `Sets the default of ${label} for rows inserted from now on; existing rows are backfilled in batches next.`,
      { lock: 'ACCESS EXCLUSIVE', hazards: ['ACQUIRES_ACCESS_EXCLUSIVE_LOCK'] }),
  ];
}

/**
 * Fills existing rows in batches, committing after each, so no lock is held for
 * long and replicas keep up. COMMIT inside DO works only outside a transaction
 * block, hence a non-transactional migration. `ctid` batches are cheap to find;
 * the repeated `IS NULL` keeps it right on partitioned tables, where a ctid is
 * only unique within one partition.
 */
export function backfill(table: ObjectRef, column: string, batchSize: number): Statement {
  const t = refSql(table);
  const c = ident(column);
  const sql = [
    'DO $backfill$',
    'DECLARE',
    '  updated bigint;',
    'BEGIN',
    '  LOOP',
    `    UPDATE ${t} SET ${c} = DEFAULT`,
    `    WHERE ${c} IS NULL AND ctid = ANY (ARRAY(SELECT ctid FROM ${t} WHERE ${c} IS NULL LIMIT ${numberLiteral(batchSize)}));`,
    '    GET DIAGNOSTICS updated = ROW_COUNT;',
    '    EXIT WHEN updated = 0;',
    '    COMMIT;',
    '  END LOOP;',
    'END',
    '$backfill$',
  ].join('\n');
  return statement(sql, `Backfills ${refLabel(table)}.${column} from its default, ${batchSize} rows per transaction; it must run outside a transaction block (it COMMITs between batches) and can be re-run safely.`, {
    lock: 'none', transactional: false,
  });
}

export function addCheckNotValid(op: OperationOf<'add_constraint'>, helper: boolean): Statement {
  const what = helper ? 'a helper CHECK (… IS NOT NULL)' : 'the check';
  return statement(`ALTER TABLE ${refSql(op.table)} ADD ${constraintClause(op.constraint)} NOT VALID`,
    `Adds ${what} to ${refLabel(op.table)} as NOT VALID: enforced for new and updated rows at once, existing rows are checked later by VALIDATE without blocking writes.`,
    { lock: 'ACCESS EXCLUSIVE', hazards: ['ACQUIRES_ACCESS_EXCLUSIVE_LOCK'] });
}

export function addForeignKeyNotValid(op: OperationOf<'add_foreign_key'>): Statement {
  const fk = op.foreignKey;
  return statement(`${bare(emitAddForeignKey(op))} NOT VALID`,
    `Links ${refLabel(fk.table)} (${fk.columns.join(', ')}) to ${refLabel(fk.references)} as NOT VALID: new rows are checked at once, existing rows by VALIDATE later, so neither table refuses writes while it scans.`,
    { lock: 'SHARE ROW EXCLUSIVE', hazards: ['BLOCKS_WRITES'] });
}

/** SHARE UPDATE EXCLUSIVE: reads and writes go on while every row is checked. Its own transaction, after the NOT VALID one committed. */
export function validate(table: ObjectRef, name: string): Statement {
  return statement(`ALTER TABLE ${refSql(table)} VALIDATE CONSTRAINT ${ident(name)}`,
    `Checks every existing row of ${refLabel(table)} against "${name}" without blocking reads or writes.`,
    { lock: 'SHARE UPDATE EXCLUSIVE', hazards: ['VALIDATES_ALL_ROWS'] });
}

export function addKeyUsingIndex(op: OperationOf<'add_constraint'>): Statement {
  const c = op.constraint;
  const name = c.type === 'primary_key' ? c.key.name : c.type === 'unique' ? c.unique.name : c.check.name;
  const kind = c.type === 'primary_key' ? 'PRIMARY KEY' : 'UNIQUE';
  return statement(`ALTER TABLE ${refSql(op.table)} ADD CONSTRAINT ${ident(name)} ${kind} USING INDEX ${ident(name)}`,
    `Turns the unique index "${name}", built concurrently, into the ${kind.toLowerCase()} of ${refLabel(op.table)}: a catalog change, no scan.`,
    { lock: 'ACCESS EXCLUSIVE', hazards: ['ACQUIRES_ACCESS_EXCLUSIVE_LOCK'] });
}

export function setNotNullValidated(op: OperationOf<'set_column_nullable'>): Statement {
  return statement(`ALTER TABLE ${refSql(op.table)} ALTER COLUMN ${ident(op.column)} SET NOT NULL`,
    `Makes ${refLabel(op.table)}.${op.column} NOT NULL; the validated CHECK (… IS NOT NULL) proves it, so PostgreSQL (12+) skips the table scan.`,
    { lock: 'ACCESS EXCLUSIVE', hazards: ['ACQUIRES_ACCESS_EXCLUSIVE_LOCK'] });
}

/**
 * CREATE INDEX CONCURRENTLY does not work on a partitioned table. Instead: an
 * invalid index on the parent alone (ON ONLY, instant: the parent holds no rows),
 * one concurrent build per partition, and ATTACH, which marks the parent index
 * valid once every partition has its index.
 */
export function partitionedIndex(index: IndexDef, partitions: readonly PartitionDef[]): Statement[] {
  const parent = emitCreateIndex({ kind: 'create_index', index, concurrently: false, newTable: false });
  const onOnly = parent.sql.replace(`ON ${refSql(index.table)} USING`, `ON ONLY ${refSql(index.table)} USING`);
  const out = [statement(onOnly, `Creates the index "${index.name}" on the partitioned table ${refLabel(index.table)} itself only (ON ONLY): instant, and invalid until every partition's index is attached.`, { lock: 'SHARE' })];
  for (const p of partitions) {
    const child: IndexDef = { ...index, name: childIndexName(index.name, p.ref.name), table: p.ref };
    const build = emitCreateIndex({ kind: 'create_index', index: child, concurrently: true, newTable: false });
    out.push(build);
    out.push(statement(`ALTER INDEX ${refSql({ schema: index.table.schema, name: index.name })} ATTACH PARTITION ${refSql({ schema: p.ref.schema, name: child.name })}`,
      `Attaches the index of partition ${refLabel(p.ref)} to "${index.name}".`, { lock: 'SHARE UPDATE EXCLUSIVE', transactional: false }));
  }
  return out;
}

/** `<index>_<partition>`, the longer part shortened first to fit 63 bytes (as PostgreSQL's makeObjectName). */
export function childIndexName(index: string, partition: string): string {
  return makeObjectName(index, partition, null);
}
