import { pick, tableLabel, type NodeOf, type RelationRef } from '../ast';
import type { StatementContext } from '../rule';
import { ident } from '../../sql/quote';

export { ident };

export type AlterCommand = NonNullable<NodeOf<'AlterTableCmd'>>;

/** The ALTER TABLE statement's table and commands, or null when the statement is something else. */
export function alterTable(context: StatementContext): { table: RelationRef; commands: AlterCommand[] } | null {
  const alter = pick(context.node, 'AlterTableStmt');
  if (!alter || (alter.objtype && alter.objtype !== 'OBJECT_TABLE')) return null;
  const commands = (alter.cmds ?? []).map((c) => pick(c, 'AlterTableCmd')).filter((c) => c !== undefined);
  return { table: alter.relation ?? {}, commands };
}

/** The ALTER TABLE commands of one kind, when the table already exists (changes to new tables are harmless). */
export function commandsOnExistingTable(context: StatementContext, subtype: AlterCommand['subtype']) {
  const alter = alterTable(context);
  if (!alter || !context.state.isExisting(alter.table)) return null;
  const commands = alter.commands.filter((c) => c.subtype === subtype);
  return commands.length ? { table: alter.table, commands } : null;
}

/** `orders.created_at` (or `shop.orders.created_at`). */
export const columnLabel = (table: RelationRef, column: string | undefined) => `${tableLabel(table)}.${column ?? '?'}`;

/** A table reference for fix SQL: `orders` or `shop.orders`. */
export function tableSql(table: RelationRef): string {
  return table.schemaname ? `${ident(table.schemaname)}.${ident(table.relname ?? '')}` : ident(table.relname ?? '');
}

/** A column as declared by CREATE TABLE, ALTER TABLE … ADD COLUMN or ALTER COLUMN … TYPE. */
export interface DeclaredColumn {
  readonly table: RelationRef;
  readonly name: string;
  readonly column: NonNullable<NodeOf<'ColumnDef'>>;
  readonly how: 'create' | 'add' | 'alter-type';
}

/** Every column the statement declares a type for: the type-choice rules look at these, new table or not. */
export function declaredColumns(context: StatementContext): DeclaredColumn[] {
  const create = pick(context.node, 'CreateStmt');
  if (create) {
    return (create.tableElts ?? []).map((e) => pick(e, 'ColumnDef'))
      .filter((c) => c?.colname && c.typeName)
      .map((column) => ({ table: create.relation ?? {}, name: column!.colname!, column: column!, how: 'create' as const }));
  }
  const alter = alterTable(context);
  if (!alter) return [];
  return alter.commands.flatMap((command): DeclaredColumn[] => {
    const column = pick(command.def, 'ColumnDef');
    if (!column?.typeName) return [];
    if (command.subtype === 'AT_AddColumn' && column.colname) return [{ table: alter.table, name: column.colname, column, how: 'add' }];
    if (command.subtype === 'AT_AlterColumnType' && command.name) return [{ table: alter.table, name: command.name, column, how: 'alter-type' }];
    return [];
  });
}
