import { columnConstraints, pick, strings, tableKey, typeBaseName, type RelationRef, type TypeRef } from '../ast';
import { defineRule, type StatementContext } from '../rule';
import { alterTable, columnLabel, declaredColumns } from './helpers';

const SMALL_INTEGERS: Record<string, number> = {
  int2: 32_767, smallserial: 32_767, serial2: 32_767, int4: 2_147_483_647, serial: 2_147_483_647, serial4: 2_147_483_647,
};

interface KeyColumn {
  readonly table: RelationRef;
  readonly name: string;
  readonly type: TypeRef | undefined;
  readonly role: 'primary key' | 'identity column';
  readonly at?: number;
}

/** Single-column primary keys and identity columns the statement declares (composite keys are usually references, not counters). */
function keyColumns(context: StatementContext): KeyColumn[] {
  const keys: KeyColumn[] = [];
  for (const c of declaredColumns(context)) {
    const kinds = new Set(columnConstraints(c.column).map((k) => k.contype));
    if (kinds.has('CONSTR_PRIMARY') || kinds.has('CONSTR_IDENTITY')) {
      keys.push({ table: c.table, name: c.name, type: c.column.typeName, role: kinds.has('CONSTR_PRIMARY') ? 'primary key' : 'identity column', at: c.column.typeName?.location });
    }
  }
  const create = pick(context.node, 'CreateStmt');
  const alter = alterTable(context);
  const table = create?.relation ?? alter?.table ?? {};
  const typeOf = (column: string) =>
    declaredColumns(context).find((c) => c.name === column)?.column.typeName ?? context.state.columnType(tableKey(table), column);
  const tableConstraints = create
    ? (create.tableElts ?? []).map((e) => pick(e, 'Constraint'))
    : (alter?.commands ?? []).filter((c) => c.subtype === 'AT_AddConstraint').map((c) => pick(c.def, 'Constraint'));
  for (const constraint of tableConstraints) {
    const columns = strings(constraint?.keys);
    if (constraint?.contype === 'CONSTR_PRIMARY' && columns.length === 1) {
      keys.push({ table, name: columns[0]!, type: typeOf(columns[0]!), role: 'primary key', at: constraint.location });
    }
  }
  for (const command of alter?.commands ?? []) {
    if (command.subtype === 'AT_AddIdentity' && command.name) keys.push({ table, name: command.name, type: typeOf(command.name), role: 'identity column' });
  }
  return keys;
}

export const preferBigintKeys = defineRule({
  id: 'TC015',
  slug: 'prefer-bigint-keys',
  severity: 'warning',
  title: 'integer or smallint primary key / identity column',
  rationale:
    'A key filled from a sequence only grows: integer stops at 2,147,483,647 and smallint at 32,767, and gaps from rolled-back inserts ' +
    'and cache burn the range faster than the row count suggests. Widening the key later rewrites the table and every referencing ' +
    'foreign key under an ACCESS EXCLUSIVE lock. bigint costs 4 more bytes per row.',
  instead: 'bigint (bigint GENERATED ALWAYS AS IDENTITY) for surrogate keys.',
  examples: {
    bad: 'CREATE TABLE customers (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY);',
    good: 'CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);',
  },
  check(context) {
    const seen = new Set<string>();
    return keyColumns(context).flatMap((key) => {
      const limit = SMALL_INTEGERS[typeBaseName(key.type)];
      const label = columnLabel(key.table, key.name);
      if (limit === undefined || seen.has(label)) return [];
      seen.add(label);
      return [{
        message: `${key.role === 'primary key' ? 'Primary key' : 'Identity column'} ${label} is ${typeBaseName(key.type)} and overflows after ${limit.toLocaleString('en-US')} values; widening it later rewrites the table.`,
        objects: [label],
        at: key.at,
        fix: { description: 'Declare it as bigint.' },
      }];
    });
  },
});
