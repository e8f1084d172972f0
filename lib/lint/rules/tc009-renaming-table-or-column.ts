import { pick, tableLabel } from '../ast';
import { defineRule } from '../rule';

export const renamingTableOrColumn = defineRule({
  id: 'TC009',
  slug: 'renaming-table-or-column',
  severity: 'warning',
  title: 'Renaming an existing table or column',
  rationale:
    'The application version that is running while the migration applies still uses the old name, so its queries fail from the moment ' +
    'the rename commits until every instance is redeployed. The rename itself also takes an ACCESS EXCLUSIVE lock.',
  instead:
    'Expand and contract: add the new column (or a view with the new table name), write to both, backfill, move readers, and drop the ' +
    'old name in a later release once no running code uses it.',
  examples: {
    bad: 'ALTER TABLE orders RENAME COLUMN total TO total_amount;',
    good: 'CREATE TABLE drafts (id bigint);\nALTER TABLE drafts RENAME TO draft_orders;',
  },
  check(context) {
    const rename = pick(context.node, 'RenameStmt');
    if (!rename || !context.state.isExisting(rename.relation)) return [];
    const table = tableLabel(rename.relation);
    if (rename.renameType === 'OBJECT_TABLE') {
      return [{
        message: `Renaming table ${table} to ${rename.newname} breaks every running client that still queries ${table}.`,
        objects: [table],
        fix: { description: `Expand and contract: keep a view named ${table} over the renamed table until no client uses it.` },
      }];
    }
    if (rename.renameType === 'OBJECT_COLUMN' && rename.relationType === 'OBJECT_TABLE') {
      const column = `${table}.${rename.subname}`;
      return [{
        message: `Renaming column ${column} to ${rename.newname} breaks every running client that still reads or writes ${rename.subname}.`,
        objects: [column],
        fix: { description: 'Expand and contract: add the new column, write both, backfill, move readers, drop the old column later.' },
      }];
    }
    return [];
  },
});
