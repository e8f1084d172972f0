import { columnConstraints, findAll, strings, typeBaseName } from '../ast';
import { defineRule } from '../rule';
import { columnLabel, commandsOnExistingTable, ident, tableSql } from './helpers';

/**
 * Functions whose value is fixed for the statement (STABLE or IMMUTABLE), so
 * PostgreSQL 11+ evaluates the default once and stores it in the catalog instead
 * of rewriting the table. Anything else (random(), gen_random_uuid(),
 * clock_timestamp(), nextval(), user functions we cannot see) is treated as volatile.
 */
const NON_VOLATILE_FUNCTIONS = new Set([
  'now', 'current_timestamp', 'current_date', 'current_time', 'localtimestamp', 'localtime',
  'transaction_timestamp', 'statement_timestamp', 'current_user', 'session_user', 'current_schema',
  'lower', 'upper', 'length', 'coalesce', 'to_jsonb', 'jsonb_build_object', 'jsonb_build_array',
]);

const SERIAL_TYPES = new Set(['serial', 'serial2', 'serial4', 'serial8', 'smallserial', 'bigserial']);

export const addingVolatileDefault = defineRule({
  id: 'TC001',
  slug: 'adding-volatile-default',
  severity: 'error',
  title: 'Adding a column with a volatile default (or a per-row generated value) to an existing table',
  rationale:
    'Since PostgreSQL 11, ADD COLUMN with a constant or STABLE default such as now() only updates the catalog. A volatile default ' +
    '(random(), gen_random_uuid(), clock_timestamp(), nextval() behind serial), an identity column or a STORED generated column must ' +
    'compute a value for every row, so PostgreSQL rewrites the whole table while holding an ACCESS EXCLUSIVE lock that blocks reads and writes. ' +
    'Before PostgreSQL 11 every non-null default rewrites the table.',
  instead:
    'Add the column without a default, then SET DEFAULT for new rows, then backfill existing rows in small batches.',
  examples: {
    bad: 'ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();',
    good: 'ALTER TABLE orders ADD COLUMN created_at timestamptz DEFAULT now();',
  },
  check(context) {
    const found = commandsOnExistingTable(context, 'AT_AddColumn');
    if (!found) return [];
    return found.commands.flatMap((command) => {
      const column = command.def && 'ColumnDef' in command.def ? command.def.ColumnDef : undefined;
      if (!column?.colname) return [];
      const label = columnLabel(found.table, column.colname);
      const constraints = columnConstraints(column);
      const fill = constraints.find((c) => c.contype === 'CONSTR_IDENTITY' || c.contype === 'CONSTR_GENERATED');
      const defaultExpr = constraints.find((c) => c.contype === 'CONSTR_DEFAULT')?.raw_expr;
      const volatile = findAll(defaultExpr, 'FuncCall')
        .map((call) => strings(call.funcname).at(-1) ?? '')
        .find((name) => !NON_VOLATILE_FUNCTIONS.has(name));
      const serial = SERIAL_TYPES.has(typeBaseName(column.typeName));
      let why: string | undefined;
      if (serial) why = `its type ${typeBaseName(column.typeName)} has a nextval() default`;
      else if (fill?.contype === 'CONSTR_IDENTITY') why = 'it is an identity column';
      else if (fill?.contype === 'CONSTR_GENERATED') why = 'it is a stored generated column';
      else if (volatile) why = `its default calls the volatile function ${volatile}()`;
      else if (defaultExpr && context.pgVersion < 11) why = `PostgreSQL ${context.pgVersion} rewrites the table for any default`;
      if (!why) return [];
      const table = tableSql(found.table);
      return [{
        message: `Adding column ${label} rewrites the whole table under an ACCESS EXCLUSIVE lock: ${why}.`,
        objects: [label],
        at: column.location,
        fix: {
          description: 'Add the column with no default, set the default for new rows, then backfill old rows in batches.',
          sql: `ALTER TABLE ${table} ADD COLUMN ${ident(column.colname)} <type>;\n` +
            `ALTER TABLE ${table} ALTER COLUMN ${ident(column.colname)} SET DEFAULT <expression>;\n` +
            `-- then, in batches: UPDATE ${table} SET ${ident(column.colname)} = <expression> WHERE … ;`,
        },
      }];
    });
  },
});
