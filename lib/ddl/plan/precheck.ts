import { ident, literal } from '../../sql/quote';
import { refLabel, refSql } from '../emit/fragments';
import type { Operation } from '../operations';
import { statement, type Statement } from '../statement';

/**
 * A DOWN restores structure, never data. Dropping a table or column the UP added
 * loses whatever was written to it since, so the DOWN first checks that it is
 * empty and refuses with a clear error otherwise — unless the operator says the
 * loss is intended with `SET tablecraft.allow_data_loss = on`.
 */
export function emptinessCheck(op: Operation): Statement | null {
  if (op.kind === 'drop_table') {
    const what = `table ${refLabel(op.table)}`;
    return check(`SELECT 1 FROM ${refSql(op.table)} LIMIT 1`, what, `Refuses to go on if the ${what}, which the DOWN drops, holds rows.`);
  }
  if (op.kind === 'drop_column') {
    const what = `column ${refLabel(op.table)}.${op.column}`;
    return check(`SELECT 1 FROM ${refSql(op.table)} WHERE ${ident(op.column)} IS NOT NULL LIMIT 1`, what, `Refuses to go on if the ${what}, which the DOWN drops, holds values.`);
  }
  return null;
}

function check(probe: string, what: string, explanation: string): Statement {
  const message = `tablecraft: refusing to drop the ${what}: it holds data written since the migration. Back it up, then SET tablecraft.allow_data_loss = on to drop it anyway`;
  const sql = [
    'DO $precheck$',
    'BEGIN',
    `  IF coalesce(current_setting('tablecraft.allow_data_loss', true), '') <> 'on' AND EXISTS (${probe}) THEN`,
    `    RAISE EXCEPTION USING MESSAGE = ${literal(message)}, ERRCODE = 'object_not_in_prerequisite_state';`,
    '  END IF;',
    'END',
    '$precheck$',
  ].join('\n');
  return statement(sql, explanation, { lock: 'ACCESS SHARE' });
}

/** The DOWN's drop marked as lossy in its explanation. */
export function markLossy(s: Statement): Statement {
  return { ...s, explanation: `LOSSY DOWN: ${s.explanation} Data written since the UP is lost; the emptiness check above refuses unless tablecraft.allow_data_loss is on.` };
}
