import type { ExtractChange } from '../../normalization/fix-extract';
import { ident, numberLiteral } from '../../sql/quote';
import { refLabel, refSql } from '../emit/fragments';
import { statement, type Statement } from '../statement';
import { EXAMPLES, lockAgainstWrites, refuseIf } from './checks';
import { cols, from, joinOn, lookup, valuesText } from './context';
import type { MigrationDocuments } from './states';
import { emitOps, explain, movedDrop, step, tx } from './steps';
import type { DecompositionStep } from './types';

/**
 * A repeating group (phone1..3) or a multi-valued column (an array, a comma-
 * separated list) moved into a child table, one row per value. One transaction:
 * block writes to the parent, refuse values that cannot move without loss, CREATE
 * the child with its foreign key (empty, so free), copy the values with
 * `CROSS JOIN LATERAL (VALUES …)` / `unnest` / a split, drop the old columns.
 * The DOWN re-adds the columns and fills them from the child rows.
 */
export function extractSteps(change: ExtractChange, docs: MigrationDocuments): DecompositionStep[] {
  const L = lookup(docs.linked);
  const parent = L.table(change.table.id);
  const child = L.table(change.newTable.id);
  const key = change.keyColumns.map((k) => L.column(parent.id, k.from));
  const childKey = change.keyColumns.map((k) => L.column(child.id, k.to));
  const value = L.column(child.id, change.movedColumns[0]!.to);
  const members = change.movedColumns.map((m) => ({ name: L.column(parent.id, m.from), position: m.position, nullable: parent.columns.find((c) => c.id === m.from)!.nullable }));
  const parentLabel = refLabel(parent.ref);
  const childLabel = refLabel(child.ref);
  const target = [...childKey, ...(change.positionColumnId ? [L.column(child.id, change.positionColumnId)] : []), value].map(ident).join(', ');
  const byParent = joinOn(cols('c', childKey), cols('o', key));

  let copySql: string;
  let restoreSet: string;
  const checks: Statement[] = [];
  if (change.source === 'repeating_group') {
    const rows = members.map((m) => `(${numberLiteral(m.position!)}, o.${ident(m.name)})`).join(', ');
    copySql = `SELECT ${cols('o', key).join(', ')}, v.position, v.value FROM ${from(parent.ref, 'o')} CROSS JOIN LATERAL (VALUES ${rows}) AS v(position, value) WHERE v.value IS NOT NULL`;
    const position = ident(L.column(child.id, change.positionColumnId!));
    restoreSet = members.map((m) => `${ident(m.name)} = (SELECT c.${ident(value)} FROM ${from(child.ref, 'c')} WHERE ${byParent} AND c.${position} = ${numberLiteral(m.position!)})`).join(', ');
  } else if (change.source === 'array') {
    const column = members[0]!;
    const c = `o.${ident(column.name)}`;
    checks.push(refuseIf(
      `SELECT ${valuesText(cols('o', key))} || ': ' || quote_nullable(${c}) FROM ${from(parent.ref, 'o')} WHERE array_position(${c}, NULL) IS NOT NULL OR EXISTS (SELECT 1 FROM unnest(${c}) AS u(v) GROUP BY u.v HAVING count(*) > 1) ORDER BY 1 LIMIT ${EXAMPLES}`,
      `arrays in ${parentLabel}.${column.name} hold NULL or repeated elements, which one row per value in ${childLabel} cannot keep`,
      `Remove the NULL and duplicate elements (e.g. UPDATE … SET ${column.name} = ARRAY(SELECT DISTINCT x FROM unnest(${column.name}) x WHERE x IS NOT NULL ORDER BY x)), then run the migration again.`,
      `Refuses to go on if an array holds NULL or repeated elements: they would be lost.`,
    ));
    copySql = `SELECT ${cols('o', key).join(', ')}, v.value FROM ${from(parent.ref, 'o')} CROSS JOIN LATERAL unnest(${c}) AS v(value) WHERE v.value IS NOT NULL`;
    // A row without values had NULL or an empty array; a NOT NULL column can only have had the empty one.
    const fallback = column.nullable ? 'NULL' : `'{}'`;
    restoreSet = `${ident(column.name)} = coalesce((SELECT array_agg(c.${ident(value)} ORDER BY c.${ident(value)}) FROM ${from(child.ref, 'c')} WHERE ${byParent}), ${fallback})`;
  } else {
    const column = members[0]!;
    copySql = `SELECT DISTINCT ${cols('o', key).join(', ')}, v.value FROM ${from(parent.ref, 'o')} CROSS JOIN LATERAL regexp_split_to_table(btrim(o.${ident(column.name)}), '\\s*,\\s*') AS v(value) WHERE v.value <> ''`;
    const fallback = column.nullable ? 'NULL' : `''`;
    restoreSet = `${ident(column.name)} = coalesce((SELECT string_agg(c.${ident(value)}, ',' ORDER BY c.${ident(value)}) FROM ${from(child.ref, 'c')} WHERE ${byParent}), ${fallback})`;
  }
  const names = members.map((m) => m.name).join(', ');
  const copy = statement(`INSERT INTO ${refSql(child.ref)} (${target}) ${copySql}`,
    `Copies every value of ${names} into ${childLabel}, one row per value (NULLs have no row).`, { lock: 'ROW EXCLUSIVE' });
  const restore = statement(`UPDATE ${from(parent.ref, 'o')} SET ${restoreSet}`,
    change.source === 'repeating_group'
      ? `Fills ${names} back from the rows of ${childLabel}, each by its position.`
      : `Fills ${names} back from the rows of ${childLabel}, values in ascending order${change.source === 'delimited' ? ', joined by commas' : ''}.`,
    { lock: 'ROW EXCLUSIVE' });

  const up = [
    lockAgainstWrites(parent.ref, 'values written during the copy would otherwise be dropped with the columns.'),
    ...checks,
    ...emitOps(docs.d0, docs.created),
    copy,
    ...emitOps(docs.linked, docs.target).map((s) => movedDrop(s, childLabel)),
  ];
  const down = [
    ...emitOps(docs.target, docs.loose),
    restore,
    ...emitOps(docs.loose, docs.linked),
    ...emitOps(docs.created, docs.d0).map((s) => explain(s, `Its values were copied back into ${parentLabel} just above.`)),
  ];
  return [step('main', tx(up), tx(down))];
}
