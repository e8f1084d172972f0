import { literal } from '../../sql/quote';
import type { OperationOf } from '../operations';
import { statement } from '../statement';

/**
 * Extensions are shared by the whole database, and `CREATE EXTENSION IF NOT
 * EXISTS` cannot tell whether the UP installed one or found it there. So the drop
 * (only ever emitted for extensions the *documents* say the UP added) is guarded:
 * it is skipped when something outside our objects still uses the extension
 * (DROP would fail), or when `tablecraft.keep_extensions` is `on` (the operator
 * knows it was there before). Never CASCADE.
 */
export function emitDropExtension(op: OperationOf<'drop_extension'>) {
  const { name } = op.extension;
  const n = literal(name);
  const sql = [
    'DO $tablecraft$',
    'BEGIN',
    `  IF coalesce(current_setting('tablecraft.keep_extensions', true), '') = 'on' THEN`,
    `    RAISE NOTICE 'keeping extension % (tablecraft.keep_extensions is on)', ${n};`,
    `  ELSIF EXISTS (SELECT 1 FROM pg_extension WHERE extname = ${n}) THEN`,
    '    BEGIN',
    `      EXECUTE format('DROP EXTENSION %I', ${n});`,
    '    EXCEPTION WHEN dependent_objects_still_exist THEN',
    `      RAISE NOTICE 'keeping extension %: other objects still use it', ${n};`,
    '    END;',
    '  END IF;',
    'END',
    '$tablecraft$',
  ].join('\n');
  return statement(sql, `Removes the "${name}" extension the migration installed, unless other objects still use it or tablecraft.keep_extensions is on (set it when the extension was there before).`, {
    hazards: ['BREAKS_RUNNING_CLIENTS'],
  });
}
