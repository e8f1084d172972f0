import type { Constraint } from 'libpg-query';
import { newId } from '../../../model/ids';
import type { ReferentialAction } from '../../../model/relationship';
import type { Table } from '../../../model/table';
import { relationName, strings } from '../ast';
import type { MapInput } from '../context';
import { parenthesizedAfter } from '../tokens';
import { columnIds } from './columns';

const ACTIONS: Record<string, ReferentialAction> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };

/**
 * Adds a table constraint (written in CREATE TABLE, as a column constraint, or by
 * ALTER TABLE ADD CONSTRAINT) to the table. `column` is set for a column
 * constraint, whose key is that column. Foreign keys are queued and become
 * relationships when every table is known. Returns whether anything was added.
 */
export function addConstraint(
  input: MapInput, table: Table, constraint: Constraint, options: { column?: string; soleContent: boolean },
): boolean {
  const { ctx, st, line } = input;
  const keys = constraint.keys ? strings(constraint.keys) : options.column ? [options.column] : [];
  const name = constraint.conname ?? null;
  const label = name ? `constraint "${name}"` : 'a constraint';
  switch (constraint.contype) {
    case 'CONSTR_PRIMARY': {
      if (table.primaryKey) {
        ctx.report.warn(line, `table "${table.name}" already has a primary key; ${label} left out`);
        return false;
      }
      const ids = columnIds(table, keys, ctx, line, `the primary key ${label}`);
      if (!ids) return false;
      table.primaryKey = { name, columnIds: ids };
      // PostgreSQL makes primary key columns NOT NULL.
      for (const column of table.columns) if (ids.includes(column.id)) column.nullable = false;
      warnIndexOptions(input, constraint, label);
      return true;
    }
    case 'CONSTR_UNIQUE': {
      const ids = columnIds(table, keys, ctx, line, `the unique ${label}`);
      if (!ids) return false;
      table.uniques.push({ id: newId('uq'), name, columnIds: ids, nullsNotDistinct: constraint.nulls_not_distinct ?? false });
      warnIndexOptions(input, constraint, label);
      return true;
    }
    case 'CONSTR_CHECK': {
      const expression = parenthesizedAfter(st, constraint.location ?? 0, { unwrap: true });
      if (!expression) {
        ctx.report.warn(line, `could not read the expression of check ${label} on "${table.name}"; left out`);
        return false;
      }
      table.checks.push({ id: newId('chk'), name, expression });
      return true;
    }
    case 'CONSTR_FOREIGN': {
      const fromColumns = constraint.fk_attrs ? strings(constraint.fk_attrs) : options.column ? [options.column] : [];
      if (constraint.fk_matchtype === 'p') ctx.report.warn(line, `MATCH PARTIAL on ${label} is not supported by PostgreSQL; imported as MATCH SIMPLE`);
      ctx.foreignKeys.push({
        line, entry: input.entry, soleContent: options.soleContent, name, from: table, fromColumns,
        to: relationName(constraint.pktable), toColumns: constraint.pk_attrs ? strings(constraint.pk_attrs) : null,
        onDelete: ACTIONS[constraint.fk_del_action ?? 'a'] ?? 'NO ACTION',
        onUpdate: ACTIONS[constraint.fk_upd_action ?? 'a'] ?? 'NO ACTION',
        deferrable: !constraint.deferrable ? 'not_deferrable' : constraint.initdeferred ? 'initially_deferred' : 'initially_immediate',
        matchFull: constraint.fk_matchtype === 'f',
      });
      return true;
    }
    case 'CONSTR_EXCLUSION':
      ctx.report.warn(line, `exclusion ${label} on "${table.name}" is not modeled; left out`);
      return false;
    default:
      ctx.report.warn(line, `${constraint.contype ?? 'unknown'} ${label} on "${table.name}" is not modeled; left out`);
      return false;
  }
}

function warnIndexOptions(input: MapInput, constraint: Constraint, label: string) {
  if (constraint.including?.length) input.ctx.report.warn(input.line, `INCLUDE columns of ${label} are not modeled; left out`);
  if (constraint.indexname) input.ctx.report.warn(input.line, `${label} USING INDEX "${constraint.indexname}" is imported as a plain constraint`);
}
