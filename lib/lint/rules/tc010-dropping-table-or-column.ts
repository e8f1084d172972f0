import { keyOfNames, labelOfNames, pick, strings } from '../ast';
import { defineRule } from '../rule';
import { columnLabel, commandsOnExistingTable } from './helpers';

export const droppingTableOrColumn = defineRule({
  id: 'TC010',
  slug: 'dropping-table-or-column',
  severity: 'error',
  title: 'Dropping an existing table or column',
  rationale:
    'A drop deletes the data for good (a DOWN migration can restore the structure, never the rows) and breaks every running client ' +
    'that still uses the name.',
  instead:
    'First release code that no longer uses it; then drop it in a later migration, after a backup, with a suppression that says why ' +
    'the data is no longer needed.',
  examples: {
    bad: 'ALTER TABLE orders DROP COLUMN legacy_code;',
    good: 'CREATE TABLE scratch (id bigint, tmp text);\nALTER TABLE scratch DROP COLUMN tmp;',
  },
  check(context) {
    const drop = pick(context.node, 'DropStmt');
    if (drop?.removeType === 'OBJECT_TABLE') {
      return (drop.objects ?? []).flatMap((object) => {
        const names = strings(pick(object, 'List')?.items);
        if (!context.state.isExistingKey(keyOfNames(names))) return [];
        const table = labelOfNames(names);
        return [{
          message: `Dropping table ${table} deletes all of its rows irreversibly and breaks clients that still use it.`,
          objects: [table],
          fix: { description: 'Stop using it in a released version first, back up, then drop it in a later migration.' },
        }];
      });
    }
    const found = commandsOnExistingTable(context, 'AT_DropColumn');
    return (found?.commands ?? []).map((command) => {
      const column = columnLabel(found!.table, command.name);
      return {
        message: `Dropping column ${column} deletes its data irreversibly and breaks clients that still read or write it.`,
        objects: [column],
        fix: { description: 'Stop using it in a released version first, back up, then drop it in a later migration.' },
      };
    });
  },
});
