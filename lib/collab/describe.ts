import type { EditorCommand } from '../editor/command';
import type { DocumentPatch } from '../editor/patch';
import type { DiagramDocument } from '../model/document';
import type { Change } from './changes';

/**
 * Names for notices: what a command was about ("orders.status"), which objects
 * it needs to exist (so a dropped change can say who removed them), and how to
 * name a removed object ("the table orders").
 */
export function describeCommand(doc: DiagramDocument, command: EditorCommand): string {
  const table = (id: string) => doc.tables.find((t) => t.id === id);
  const tableName = (id: string) => table(id)?.name ?? 'a table';
  const columnName = (tableId: string, columnId: string) => `${tableName(tableId)}.${table(tableId)?.columns.find((c) => c.id === columnId)?.name ?? 'a column'}`;
  const list = (names: string[]) => (names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`);
  const named = <T extends { id: string; name?: string | null }>(items: readonly T[], id: string, noun: string) => {
    const name = items.find((i) => i.id === id)?.name;
    return name ? `${noun} ${name}` : `a ${noun}`;
  };
  switch (command.kind) {
    case 'updateDiagram': return command.changes.name !== undefined ? 'the diagram name' : 'the diagram description';
    case 'addTable': return `the new table ${command.table.name}`;
    case 'updateTable': return tableName(command.tableId);
    case 'deleteTables': return list(command.tableIds.map(tableName));
    case 'addColumn': return `${tableName(command.tableId)}.${command.column.name}`;
    case 'updateColumn':
    case 'reorderColumn': return columnName(command.tableId, command.columnId);
    case 'deleteColumns': return list(command.columnIds.map((id) => columnName(command.tableId, id)));
    case 'setPrimaryKey': return `the primary key of ${tableName(command.tableId)}`;
    case 'addPart':
    case 'updatePart':
    case 'deletePart': return tableName(command.tableId);
    case 'addRelationship': return `a relationship from ${tableName(command.relationship.fromTableId)} to ${tableName(command.relationship.toTableId)}`;
    case 'updateRelationship': return named(doc.relationships, command.relationshipId, 'relationship');
    case 'deleteRelationships': return command.relationshipIds.length === 1 ? named(doc.relationships, command.relationshipIds[0]!, 'relationship') : 'relationships';
    case 'addManyToMany': return `the many-to-many table ${command.junction.name}`;
    case 'addEnum': return `enum ${command.enumType.name}`;
    case 'updateEnum':
    case 'deleteEnum': return named(doc.enums, command.enumId, 'enum');
    case 'addDomain': return `domain ${command.domain.name}`;
    case 'updateDomain':
    case 'deleteDomain': return named(doc.domains, command.domainId, 'domain');
    case 'addNote':
    case 'updateNote': return 'a note';
    case 'addArea': return command.area.name ? `area ${command.area.name}` : 'an area';
    case 'updateArea': return named(doc.areas, command.areaId, 'area');
    case 'deleteNodes': return list(command.nodeIds.map((id) => nodeName(doc, id)));
    case 'moveNodes': return `the position of ${list(Object.keys(command.positions).map((id) => nodeName(doc, id)))}`;
    case 'setNodeLayout': return list(Object.keys(command.nodes).map((id) => nodeName(doc, id)));
    case 'paste': return list(command.tables.map((t) => t.name));
    case 'batch': return list([...new Set(command.commands.map((c) => describeCommand(doc, c)))]);
    case 'patch': return list(patchObjects(command.patch).map((object) => objectName(doc, object)));
  }
}

/** The objects a command edits; if one of them is gone, the command no longer applies. */
export function commandTargets(command: EditorCommand): string[] {
  const columns = (tableId: string, ids: readonly string[]) => ids.map((id) => `column:${tableId}/${id}`);
  switch (command.kind) {
    case 'updateTable':
    case 'setPrimaryKey': return [`table:${command.tableId}`];
    case 'addColumn': return [`table:${command.tableId}`];
    case 'updateColumn':
    case 'reorderColumn': return [`table:${command.tableId}`, ...columns(command.tableId, [command.columnId])];
    case 'deleteColumns': return [`table:${command.tableId}`, ...columns(command.tableId, command.columnIds)];
    case 'addPart': return [`table:${command.tableId}`];
    case 'updatePart':
    case 'deletePart': return [`table:${command.tableId}`, `${command.part}:${command.tableId}/${command.id}`];
    case 'deleteTables': return command.tableIds.map((id) => `table:${id}`);
    case 'addRelationship': {
      const { fromTableId, toTableId, fromColumnIds, toColumnIds } = command.relationship;
      return [`table:${fromTableId}`, `table:${toTableId}`, ...columns(fromTableId, fromColumnIds), ...columns(toTableId, toColumnIds)];
    }
    case 'updateRelationship': return [`relationship:${command.relationshipId}`];
    case 'deleteRelationships': return command.relationshipIds.map((id) => `relationship:${id}`);
    case 'updateEnum':
    case 'deleteEnum': return [`enum:${command.enumId}`];
    case 'updateDomain':
    case 'deleteDomain': return [`domain:${command.domainId}`];
    case 'updateNote': return [`note:${command.noteId}`];
    case 'updateArea': return [`area:${command.areaId}`];
    case 'deleteNodes': return command.nodeIds.flatMap(nodeObjects);
    case 'moveNodes': return Object.keys(command.positions).flatMap(nodeObjects);
    case 'setNodeLayout': return Object.keys(command.nodes).flatMap(nodeObjects);
    case 'batch': return command.commands.flatMap(commandTargets);
    case 'patch': return patchObjects(command.patch);
    default: return [];
  }
}

/** "the table orders", "the column orders.status", or the change's own label. */
export function removedObjectName(change: Change): string {
  if (change.object.startsWith('table:')) return `the table ${change.label}`;
  if (change.object.startsWith('column:')) return `the column ${change.label}`;
  return change.label;
}

/** A node id may be a table, a note or an area; whichever it is, its removal matters. */
function nodeObjects(id: string): string[] {
  return [`table:${id}`, `note:${id}`, `area:${id}`];
}

const PATCH_LIST_OBJECT: Record<string, string> = {
  schemas: 'schema', extensions: 'extension', enums: 'enum', domains: 'domain', tables: 'table',
  relationships: 'relationship', notes: 'note', areas: 'area', exceptions: 'exception',
};

/** The objects a recorded difference writes (by the `Change.object` naming). */
export function patchObjects(patch: DocumentPatch): string[] {
  const out: string[] = [];
  if (patch.scalars) out.push('diagram');
  for (const [list, change] of Object.entries(patch.collections ?? {})) {
    if (!change) continue;
    const noun = PATCH_LIST_OBJECT[list] ?? list;
    const ids = 'whole' in change ? change.whole.map((item) => item.id) : [...change.remove, ...change.put.map((p) => p.value.id)];
    out.push(...ids.map((id) => `${noun}:${id}`));
  }
  out.push(...Object.keys(patch.layout ?? {}).map((id) => `layout:${id}`));
  return out;
}

function nodeName(doc: DiagramDocument, id: string): string {
  const table = doc.tables.find((t) => t.id === id);
  if (table) return table.name;
  const area = doc.areas.find((a) => a.id === id);
  if (area) return area.name ? `area ${area.name}` : 'an area';
  return 'a note';
}

function objectName(doc: DiagramDocument, object: string): string {
  const [noun, id = ''] = object.split(':');
  if (noun === 'diagram') return 'the diagram';
  if (noun === 'table' || noun === 'layout') return nodeName(doc, id);
  const items = (doc as unknown as Record<string, { id: string; name?: unknown }[] | undefined>)[`${noun}s`];
  const name = items?.find((i) => i.id === id)?.name;
  return typeof name === 'string' && name ? `${noun} ${name}` : `a ${noun}`;
}
