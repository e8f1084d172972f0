import { droppedObjectName, pick, tableLabel } from '../ast';
import { defineRule } from '../rule';
import { alterTable } from './helpers';

export const dropCascade = defineRule({
  id: 'TC022',
  slug: 'drop-cascade',
  severity: 'error',
  title: 'DROP … CASCADE',
  rationale:
    'CASCADE silently drops everything that depends on the object — views, foreign keys, other tables\' columns in the case of types — ' +
    'none of which the migration names, so nobody reviewing it sees what will be lost.',
  instead: 'Drop the dependent objects explicitly, by name, before the object itself, and keep the default RESTRICT.',
  examples: {
    bad: 'DROP TABLE orders CASCADE;',
    good: 'ALTER TABLE order_lines DROP CONSTRAINT order_lines_order_fk;\nDROP TABLE orders;',
  },
  check(context) {
    const drop = pick(context.node, 'DropStmt');
    if (drop?.behavior === 'DROP_CASCADE') {
      const names = (drop.objects ?? []).map((o) => droppedObjectName(o).join('.')).filter(Boolean);
      const kind = (drop.removeType ?? 'OBJECT').replace('OBJECT_', '').toLowerCase().replace('_', ' ');
      return [{
        message: `DROP ${kind.toUpperCase()} ${names.join(', ')} CASCADE also drops every object that depends on it, unnamed and unreviewed.`,
        objects: names,
        fix: { description: 'Drop the dependent objects by name first, then drop without CASCADE.' },
      }];
    }
    const truncate = pick(context.node, 'TruncateStmt');
    if (truncate?.behavior === 'DROP_CASCADE') {
      const tables = (truncate.relations ?? []).map((r) => tableLabel(pick(r, 'RangeVar')));
      return [{
        message: `TRUNCATE ${tables.join(', ')} CASCADE also empties every table that references it.`,
        objects: tables,
        fix: { description: 'Name every table to truncate explicitly.' },
      }];
    }
    const alter = alterTable(context);
    return (alter?.commands ?? [])
      .filter((c) => c.behavior === 'DROP_CASCADE' && (c.subtype === 'AT_DropColumn' || c.subtype === 'AT_DropConstraint'))
      .map((c) => {
        const what = `${c.subtype === 'AT_DropColumn' ? 'column' : 'constraint'} ${tableLabel(alter!.table)}.${c.name}`;
        return {
          message: `Dropping ${what} with CASCADE also drops the views, indexes and constraints that depend on it.`,
          objects: [`${tableLabel(alter!.table)}.${c.name}`],
          fix: { description: 'Drop the dependent objects by name first, then drop without CASCADE.' },
        };
      });
  },
});
