import type { ColumnDef, Constraint } from 'libpg-query';
import { newId } from '../../../model/ids';
import type { Column } from '../../../model/table-parts';
import type { Table } from '../../../model/table';
import { pick, strings } from '../ast';
import type { MapInput } from '../context';
import { defaultExpression, parenthesizedAfter } from '../tokens';
import { columnTypeOf } from '../types';
import { addConstraint } from './constraint';

/** `pg_catalog."C"` → `C`; a collation in another schema keeps its schema. */
export function collationName(names: readonly string[]): string {
  return (names[0] === 'pg_catalog' ? names.slice(1) : names).join('.');
}

/**
 * Adds a column definition to the table: type, NOT NULL, default (as written),
 * identity, generated expression, collation, and its inline key, unique, check
 * and foreign-key constraints (which become table constraints).
 */
export function addColumn(input: MapInput, table: Table, def: ColumnDef, options: { soleContent: boolean }): Column | null {
  const { ctx, st, line } = input;
  const name = def.colname ?? '';
  if (table.columns.some((c) => c.name === name)) {
    ctx.report.warn(line, `table "${table.name}" already has a column "${name}"; the second definition is left out`);
    return null;
  }
  if (!def.typeName) {
    ctx.report.warn(line, `column "${name}" of "${table.name}" has no type; left out`);
    return null;
  }
  const column: Column = {
    id: newId('col'), name, type: columnTypeOf(def.typeName, ctx, line), nullable: true, default: null,
    identity: null, generated: null, collation: def.collClause ? collationName(strings(def.collClause.collname)) : null,
    comment: '', snapshotOf: null,
  };
  table.columns.push(column);
  const tableConstraints: Constraint[] = [];
  for (const node of def.constraints ?? []) {
    const constraint = pick(node, 'Constraint');
    if (!constraint) continue;
    switch (constraint.contype) {
      case 'CONSTR_NOTNULL': column.nullable = false; break;
      case 'CONSTR_NULL': column.nullable = true; break;
      case 'CONSTR_DEFAULT':
        column.default = defaultExpression(st, constraint.location ?? 0);
        break;
      case 'CONSTR_IDENTITY':
        column.identity = constraint.generated_when === 'a' ? 'always' : 'by_default';
        column.nullable = false;
        break;
      case 'CONSTR_GENERATED': {
        const expression = parenthesizedAfter(st, constraint.location ?? 0);
        if (expression) column.generated = { expression };
        if (constraint.generated_kind === 'v') {
          ctx.report.warn(line, `column "${table.name}.${name}" is GENERATED … VIRTUAL; the diagram keeps generated columns STORED`);
        }
        break;
      }
      case 'CONSTR_ATTR_DEFERRABLE': case 'CONSTR_ATTR_NOT_DEFERRABLE': case 'CONSTR_ATTR_DEFERRED': case 'CONSTR_ATTR_IMMEDIATE':
        applyDeferral(tableConstraints.at(-1), constraint.contype);
        break;
      default:
        tableConstraints.push(constraint);
    }
  }
  for (const constraint of tableConstraints) addConstraint(input, table, constraint, { column: name, soleContent: options.soleContent });
  return column;
}

// `REFERENCES t DEFERRABLE INITIALLY DEFERRED` on a column arrives as separate attribute nodes after the key.
function applyDeferral(target: Constraint | undefined, attribute: Constraint['contype']) {
  if (!target) return;
  if (attribute === 'CONSTR_ATTR_DEFERRABLE') target.deferrable = true;
  if (attribute === 'CONSTR_ATTR_NOT_DEFERRABLE') target.deferrable = false;
  if (attribute === 'CONSTR_ATTR_DEFERRED') target.initdeferred = true;
  if (attribute === 'CONSTR_ATTR_IMMEDIATE') target.initdeferred = false;
}
