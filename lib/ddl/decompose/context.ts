import type { DiagramDocument } from '../../model/document';
import { ident } from '../../sql/quote';
import { refSql } from '../emit/fragments';
import { resolveLeniently } from '../resolve';
import type { ObjectRef, SchemaModel, TableDef } from '../schema-model';

/**
 * Names of tables and columns by id, read from one resolved document, and the
 * SQL fragments the data statements share. Every name goes through `sql/quote`.
 */
export interface Lookup {
  readonly model: SchemaModel;
  table(id: string): TableDef;
  /** The column name of `columnId` in table `tableId`. */
  column(tableId: string, columnId: string): string;
}

export function lookup(doc: DiagramDocument): Lookup {
  const model = resolveLeniently(doc).model;
  const table = (id: string) => {
    const found = model.tables.find((t) => t.id === id);
    if (!found) throw new Error(`decomposition: no table "${id}" in the document`);
    return found;
  };
  return {
    model, table,
    column: (tableId, columnId) => {
      const found = table(tableId).columns.find((c) => c.id === columnId);
      if (!found) throw new Error(`decomposition: no column "${columnId}" in table "${tableId}"`);
      return found.name;
    },
  };
}

/** `"schema"."table" AS alias` */
export const from = (ref: ObjectRef, alias: string) => `${refSql(ref)} AS ${alias}`;

/** `alias."column"` for each column. */
export const cols = (alias: string, names: readonly string[]) => names.map((n) => `${alias}.${ident(n)}`);

/** `a."x" = b."y" AND …`, pairing the two lists. */
export const joinOn = (left: readonly string[], right: readonly string[]) => left.map((l, i) => `${l} = ${right[i]!}`).join(' AND ');

export const allNotNull = (exprs: readonly string[]) => exprs.map((e) => `${e} IS NOT NULL`).join(' AND ');
export const anyNull = (exprs: readonly string[]) => exprs.map((e) => `${e} IS NULL`).join(' OR ');
export const anyNotNull = (exprs: readonly string[]) => exprs.map((e) => `${e} IS NOT NULL`).join(' OR ');

/** A readable text for a tuple of values in an error message: `'a'`, or `('a', NULL)` for several. */
export function valuesText(exprs: readonly string[]): string {
  const quoted = exprs.map((e) => `quote_nullable(${e})`);
  return quoted.length === 1 ? quoted[0]! : `'(' || concat_ws(', ', ${quoted.join(', ')}) || ')'`;
}

/** `(a, b)` for a row comparison, or just `a` for one expression. */
export const tuple = (exprs: readonly string[]) => (exprs.length === 1 ? exprs[0]! : `(${exprs.join(', ')})`);
