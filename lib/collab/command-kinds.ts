import type { CommandKind } from '../editor/command';

/**
 * Every editor command kind, as data: what the server accepts in an operation.
 * The type check below fails the build when a kind is added to `EditorCommand`
 * and not here.
 */
export const COMMAND_KINDS = [
  'updateDiagram', 'addTable', 'updateTable', 'deleteTables', 'addColumn', 'updateColumn', 'deleteColumns',
  'reorderColumn', 'setPrimaryKey', 'addPart', 'updatePart', 'deletePart', 'addRelationship', 'updateRelationship',
  'deleteRelationships', 'addManyToMany', 'addEnum', 'updateEnum', 'deleteEnum', 'addDomain', 'updateDomain',
  'deleteDomain', 'addNote', 'updateNote', 'addArea', 'updateArea', 'deleteNodes', 'moveNodes', 'setNodeLayout',
  'paste', 'batch', 'patch',
] as const satisfies readonly CommandKind[];

type Missing = Exclude<CommandKind, (typeof COMMAND_KINDS)[number]>;
const everyKindListed: [Missing] extends [never] ? true : Missing = true;
void everyKindListed;
