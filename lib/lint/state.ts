import { findAll, pick, strings, tableKey, type NodeOf, type TypeRef } from './ast';
import type { PgNode } from './parse-sql';

/**
 * What the migration has done so far, as the linter walks its statements in
 * order. Rules read it (through `MigrationView`) to tell a table created a few
 * statements ago — empty, nobody uses it, anything goes — from one that already
 * exists and holds data and clients.
 */
export interface MigrationView {
  /** True unless the table was created earlier in the linted files. */
  isExisting(table: { schemaname?: string; relname?: string } | undefined): boolean;
  /** The same, for a `schema.name` key. */
  isExistingKey(key: string): boolean;
  /** The column's type as last declared in the baseline or the linted files, if seen. */
  columnType(tableKeyValue: string, column: string): TypeRef | undefined;
  /** The table an index was created on in the linted files or the baseline. */
  indexTable(indexKey: string): string | undefined;
  /** A validated `CHECK (column IS NOT NULL)` exists on the column. */
  hasValidatedNotNullCheck(tableKeyValue: string, column: string): boolean;
  /** `SET lock_timeout` to a non-zero value ran earlier in this file. */
  readonly lockTimeoutSet: boolean;
  /** Inside an explicit BEGIN … COMMIT block of this file. */
  readonly inTransactionBlock: boolean;
}

interface NotNullCheck {
  readonly table: string;
  readonly column: string;
  validated: boolean;
}

export class MigrationState implements MigrationView {
  private readonly created = new Set<string>();
  private readonly columns = new Map<string, Map<string, TypeRef>>();
  private readonly indexes = new Map<string, string>();
  private readonly checks = new Map<string, NotNullCheck>();
  lockTimeoutSet = false;
  inTransactionBlock = false;

  isExisting(table: { schemaname?: string; relname?: string } | undefined): boolean {
    return !this.created.has(tableKey(table));
  }

  isExistingKey(key: string): boolean {
    return !this.created.has(key);
  }

  columnType(table: string, column: string): TypeRef | undefined {
    return this.columns.get(table)?.get(column);
  }

  indexTable(indexKey: string): string | undefined {
    return this.indexes.get(indexKey);
  }

  hasValidatedNotNullCheck(table: string, column: string): boolean {
    return [...this.checks.values()].some((c) => c.table === table && c.column === column && c.validated);
  }

  /** Session settings and transaction blocks belong to one file (one psql run, one migration). */
  startFile(): void {
    this.lockTimeoutSet = false;
    this.inTransactionBlock = false;
  }

  /** Records the statement's effect. Baseline statements describe tables that already exist. */
  apply(node: PgNode, fromBaseline = false): void {
    const create = pick(node, 'CreateStmt');
    if (create) {
      const key = tableKey(create.relation);
      if (!fromBaseline) this.created.add(key);
      for (const element of create.tableElts ?? []) {
        const column = pick(element, 'ColumnDef');
        if (column?.colname) this.setColumn(key, column.colname, column.typeName);
        const constraint = pick(element, 'Constraint');
        if (constraint) this.addConstraint(key, constraint);
      }
    }
    // Sequences, views and materialized views share the table namespace (pg_dump alters them with ALTER TABLE).
    const createdRelation = pick(node, 'CreateTableAsStmt')?.into?.rel ?? pick(node, 'CreateSeqStmt')?.sequence ?? pick(node, 'ViewStmt')?.view;
    if (createdRelation && !fromBaseline) this.created.add(tableKey(createdRelation));
    const alter = pick(node, 'AlterTableStmt');
    if (alter) for (const cmd of alter.cmds ?? []) this.applyAlter(tableKey(alter.relation), pick(cmd, 'AlterTableCmd'));
    const index = pick(node, 'IndexStmt');
    if (index?.idxname) this.indexes.set(`${index.relation?.schemaname ?? 'public'}.${index.idxname}`, tableKey(index.relation));
    const rename = pick(node, 'RenameStmt');
    if (rename) this.applyRename(rename);
    this.applySession(node);
  }

  private applyAlter(table: string, cmd: NodeOf<'AlterTableCmd'> | undefined): void {
    switch (cmd?.subtype) {
      case 'AT_AddColumn': {
        const column = pick(cmd.def, 'ColumnDef');
        if (column?.colname) this.setColumn(table, column.colname, column.typeName);
        return;
      }
      case 'AT_AlterColumnType': {
        const column = pick(cmd.def, 'ColumnDef');
        if (cmd.name) this.setColumn(table, cmd.name, column?.typeName);
        return;
      }
      case 'AT_AddConstraint': {
        const constraint = pick(cmd.def, 'Constraint');
        if (constraint) this.addConstraint(table, constraint);
        return;
      }
      case 'AT_ValidateConstraint': {
        const check = this.checks.get(`${table}.${cmd.name ?? ''}`);
        if (check) check.validated = true;
        return;
      }
      case 'AT_DropConstraint':
        this.checks.delete(`${table}.${cmd.name ?? ''}`);
        return;
    }
  }

  /** Remembers `CHECK (col IS NOT NULL)`: once validated, SET NOT NULL needs no table scan (PG 12+). */
  private addConstraint(table: string, constraint: NodeOf<'Constraint'>): void {
    if (constraint.contype !== 'CONSTR_CHECK') return;
    const test = findAll(constraint.raw_expr, 'NullTest')[0];
    const column = strings(pick(test?.arg, 'ColumnRef')?.fields).at(-1);
    if (!test || test.nulltesttype !== 'IS_NOT_NULL' || !column) return;
    const name = constraint.conname ?? `${column}_not_null_check`;
    this.checks.set(`${table}.${name}`, { table, column, validated: !constraint.skip_validation });
  }

  private applyRename(rename: NodeOf<'RenameStmt'>): void {
    const table = tableKey(rename.relation);
    if (rename.renameType === 'OBJECT_TABLE' && rename.newname) {
      const renamed = `${rename.relation?.schemaname ?? 'public'}.${rename.newname}`;
      if (this.created.has(table)) this.created.add(renamed);
      const columns = this.columns.get(table);
      if (columns) this.columns.set(renamed, columns);
    }
    if (rename.renameType === 'OBJECT_COLUMN' && rename.subname && rename.newname) {
      const type = this.columnType(table, rename.subname);
      if (type) this.setColumn(table, rename.newname, type);
    }
  }

  private applySession(node: PgNode): void {
    const set = pick(node, 'VariableSetStmt');
    if (set?.name === 'lock_timeout') {
      const value = set.args?.[0] ? pick(set.args[0], 'A_Const') : undefined;
      const text = value?.sval?.sval ?? String(value?.ival?.ival ?? 0);
      this.lockTimeoutSet = set.kind === 'VAR_SET_VALUE' && !/^0+\s*(ms|s|min)?$/i.test(text.trim());
    }
    const transaction = pick(node, 'TransactionStmt');
    if (transaction?.kind === 'TRANS_STMT_BEGIN' || transaction?.kind === 'TRANS_STMT_START') this.inTransactionBlock = true;
    if (transaction?.kind === 'TRANS_STMT_COMMIT' || transaction?.kind === 'TRANS_STMT_ROLLBACK') this.inTransactionBlock = false;
  }

  private setColumn(table: string, column: string, type: TypeRef | undefined): void {
    if (!type) return;
    const columns = this.columns.get(table) ?? new Map<string, TypeRef>();
    columns.set(column, type);
    this.columns.set(table, columns);
  }
}
