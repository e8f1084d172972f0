import type { DropCopyChange } from '../../normalization/fix-drop-copy';
import { ident } from '../../sql/quote';
import { refLabel } from '../emit/fragments';
import { statement } from '../statement';
import { EXAMPLES, lockAgainstWrites, refuseIf } from './checks';
import { anyNotNull, anyNull, cols, from, joinOn, lookup, tuple, valuesText } from './context';
import type { MigrationDocuments } from './states';
import { emitOps, movedDrop, step, tx } from './steps';
import type { DecompositionStep } from './types';

/**
 * Columns that copy a referenced table's columns, dropped. Nothing moves, but the
 * drop is only lossless when every copy equals its source: one transaction blocks
 * writes, refuses with examples when a copy disagrees (or has no row to join to),
 * then drops. The DOWN re-adds the columns and fills them from the source.
 */
export function dropCopySteps(change: DropCopyChange, docs: MigrationDocuments): DecompositionStep[] {
  const L = lookup(docs.d0);
  const table = L.table(change.table.id);
  const fk = L.model.foreignKeys.find((f) => f.id === change.relationshipId);
  if (!fk) throw new Error(`decomposition: relationship "${change.relationshipId}" is not in the old document`);
  const copies = change.droppedColumns.map((c) => c.name);
  const sources = change.droppedColumns.map((c) => L.column(fk.referencesId, c.sourceColumnId));
  const label = refLabel(table.ref);
  const sourceLabel = refLabel(fk.references);
  const byKey = joinOn(cols('o', fk.columns), cols('s', fk.referencedColumns));

  const differs = refuseIf(
    `SELECT ${valuesText(cols('o', fk.columns))} || ': ' || ${valuesText(cols('o', copies))} || ' here, ' || ${valuesText(cols('s', sources))} || ' in ${sourceLabel.replace(/'/g, "''")}' FROM ${from(table.ref, 'o')} JOIN ${from(fk.references, 's')} ON ${byKey} WHERE ${tuple(cols('o', copies))} IS DISTINCT FROM ${tuple(cols('s', sources))} ORDER BY 1 LIMIT ${EXAMPLES}`,
    `${copies.join(', ')} in ${label} differ from ${sources.join(', ')} in ${sourceLabel}, so dropping them loses those values`,
    `If they are snapshots taken on purpose, mark them as such instead of dropping them; otherwise update them to the source's values and run the migration again.`,
    `Refuses to go on, naming up to ${EXAMPLES} examples, if a copied value differs from its source: dropping it would lose it.`,
  );
  const orphaned = refuseIf(
    `SELECT ${valuesText(cols('o', copies))} FROM ${from(table.ref, 'o')} WHERE (${anyNull(cols('o', fk.columns))}) AND (${anyNotNull(cols('o', copies))}) ORDER BY 1 LIMIT ${EXAMPLES}`,
    `rows of ${label} have ${copies.join(', ')} but no ${fk.columns.join(', ')} to find them again through`,
    `Fill in ${fk.columns.join(', ')} or clear ${copies.join(', ')} on those rows, then run the migration again.`,
    `Refuses to go on if a copy sits on a row without a reference: it would be unreachable after the drop.`,
  );
  const restore = statement(
    `UPDATE ${from(table.ref, 'o')} SET ${copies.map((c, i) => `${ident(c)} = s.${ident(sources[i]!)}`).join(', ')} FROM ${from(fk.references, 's')} WHERE ${byKey}`,
    `Fills ${copies.join(', ')} of ${label} again from ${sourceLabel} along the foreign key.`,
    { lock: 'ROW EXCLUSIVE' });
  const up = [
    lockAgainstWrites(table.ref, 'the check below must see the values the drop removes.'),
    orphaned, differs,
    ...emitOps(docs.d0, docs.target).map((s) => movedDrop(s, `${sourceLabel} (one join away)`)),
  ];
  const down = [...emitOps(docs.target, docs.loose), restore, ...emitOps(docs.loose, docs.d0)];
  return [step('main', tx(up), tx(down))];
}
