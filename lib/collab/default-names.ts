import type { EditorCommand } from '../editor/command';
import { freeTableName, relationNames } from '../editor/factories/names';
import type { DiagramDocument } from '../model/document';

const DEFAULT_TABLE_NAME = /^table_\d+$/;

/**
 * "Add table" names the new table `table_N` from what its author saw; two
 * people adding a table at the same moment both pick the same N. Such a
 * default name (nobody typed it) that someone else took meanwhile becomes the
 * next free one instead of failing the add. The server does this before it
 * applies and logs the operation, and a client's rebase does the same, so both
 * reach the same name. Names a person chose still clash, and are refused.
 * Returns null when the command needs no change.
 */
export function withFreeDefaultName(doc: DiagramDocument, command: EditorCommand): EditorCommand | null {
  if (command.kind !== 'addTable' || !DEFAULT_TABLE_NAME.test(command.table.name)) return null;
  if (!relationNames(doc, command.table.schemaId).has(command.table.name)) return null;
  return { ...command, table: { ...command.table, name: freeTableName(doc, command.table.schemaId) } };
}

/** True when the server logged a different command than the one sent (only a renamed default name, so far). */
export function renamedOnTheWay(sent: EditorCommand, logged: EditorCommand): boolean {
  return sent.kind === 'addTable' && logged.kind === 'addTable' && sent.table.name !== logged.table.name;
}
