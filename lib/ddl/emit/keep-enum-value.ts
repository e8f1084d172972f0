import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { refLabel } from './fragments';

/**
 * PostgreSQL has no ALTER TYPE … DROP VALUE. A DOWN that would remove an enum
 * value leaves it in place and says so; rows that use it keep it. The "SQL" is a
 * comment, so the step is visible in the script and runs as nothing.
 */
export function emitKeepEnumValue(op: OperationOf<'keep_enum_value'>) {
  const label = `${refLabel(op.enum)} value '${op.value.replace(/\n/g, ' ')}'`;
  return {
    ...statement(`-- irreversible: the enum ${label} stays`, `Cannot remove the enum ${label}: PostgreSQL cannot drop an enum value; it stays, unused by the restored schema. Recreate the type by hand if it must go.`, {
      hazards: ['IRREVERSIBLE'],
    }),
    sql: `-- irreversible: the enum ${label} stays (PostgreSQL cannot drop an enum value)`,
  };
}
