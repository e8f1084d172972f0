import type { Area, Note, NodeLayout } from '../model/canvas';
import type { DiagramDocument } from '../model/document';
import type { Relationship } from '../model/relationship';
import type { Table } from '../model/table';
import type { Column } from '../model/table-parts';
import type { DomainType, EnumType } from '../model/types';
import type { Result } from '../result';
import type { DocumentPatch } from './patch';

export type Position = { x: number; y: number };

/** The lists inside a table that hold objects with ids and are edited one by one. */
export type TablePartKey = 'uniques' | 'checks' | 'indexes' | 'dependencies' | 'accessPatterns';
export type TablePart<K extends TablePartKey> = Table[K][number];

type PartCommands = {
  [K in TablePartKey]:
    | { kind: 'addPart'; tableId: string; part: K; value: TablePart<K> }
    | { kind: 'updatePart'; tableId: string; part: K; id: string; changes: Partial<Omit<TablePart<K>, 'id'>> }
    | { kind: 'deletePart'; tableId: string; part: K; id: string }
}[TablePartKey];

/** What `updateTable` may change; columns, keys and parts have their own commands. */
export type TableChanges = Partial<Pick<Table, 'name' | 'schemaId' | 'comment' | 'unlogged' | 'volume' | 'partitioning'>>;
export type RelationshipChanges = Partial<Pick<Relationship, 'name' | 'cardinality' | 'onDelete' | 'onUpdate' | 'deferrable' | 'matchFull'>>;
export type LayoutChanges = Partial<Pick<NodeLayout, 'hidden' | 'collapsed' | 'width' | 'height'>>;

/**
 * Every change a person can make to a diagram, as plain data. Commands carry the
 * ids of what they create (the factories in `factories/` mint them), so applying
 * one is a pure function of the document: the same command on the same document
 * always gives the same result, which is what makes redo and the property test
 * deterministic.
 */
export type EditorCommand =
  | { kind: 'updateDiagram'; changes: Partial<Pick<DiagramDocument, 'name' | 'description'>> }
  | { kind: 'addTable'; table: Table; position: Position | null }
  | { kind: 'updateTable'; tableId: string; changes: TableChanges }
  | { kind: 'deleteTables'; tableIds: string[] }
  | { kind: 'addColumn'; tableId: string; column: Column; index?: number }
  | { kind: 'updateColumn'; tableId: string; columnId: string; changes: Partial<Omit<Column, 'id'>> }
  | { kind: 'deleteColumns'; tableId: string; columnIds: string[] }
  | { kind: 'reorderColumn'; tableId: string; columnId: string; toIndex: number }
  | { kind: 'setPrimaryKey'; tableId: string; columnIds: string[]; name?: string | null }
  | PartCommands
  /** A foreign key; `newColumns` are added to the child table first (the FK column when it was missing). */
  | { kind: 'addRelationship'; relationship: Relationship; newColumns: Column[] }
  | { kind: 'updateRelationship'; relationshipId: string; changes: RelationshipChanges }
  | { kind: 'deleteRelationships'; relationshipIds: string[] }
  /** N:M: a junction table (already marked `junction`) plus its two foreign keys. */
  | { kind: 'addManyToMany'; junction: Table; relationships: [Relationship, Relationship]; position: Position | null }
  | { kind: 'addEnum'; enumType: EnumType }
  | { kind: 'updateEnum'; enumId: string; changes: Partial<Pick<EnumType, 'name' | 'values' | 'comment' | 'schemaId'>> }
  | { kind: 'deleteEnum'; enumId: string }
  | { kind: 'addDomain'; domain: DomainType }
  | { kind: 'updateDomain'; domainId: string; changes: Partial<Omit<DomainType, 'id'>> }
  | { kind: 'deleteDomain'; domainId: string }
  | { kind: 'addNote'; note: Note; position: Position }
  | { kind: 'updateNote'; noteId: string; changes: Partial<Omit<Note, 'id'>> }
  | { kind: 'addArea'; area: Area; position: Position; size: { width: number; height: number } }
  | { kind: 'updateArea'; areaId: string; changes: Partial<Omit<Area, 'id'>> }
  /** Removes notes and areas (tables go through `deleteTables`, which cascades). */
  | { kind: 'deleteNodes'; nodeIds: string[] }
  | { kind: 'moveNodes'; positions: Record<string, Position> }
  | { kind: 'setNodeLayout'; nodes: Record<string, LayoutChanges> }
  /** Tables (with fresh ids) and the relationships among them, plus enums they need. */
  | { kind: 'paste'; tables: Table[]; relationships: Relationship[]; enums: EnumType[]; positions: Record<string, Position> }
  | { kind: 'batch'; commands: EditorCommand[] }
  /** A recorded difference; what every inverse is (see `patch.ts`). */
  | { kind: 'patch'; patch: DocumentPatch };

export type CommandKind = EditorCommand['kind'];
export type CommandOf<K extends CommandKind> = Extract<EditorCommand, { kind: K }>;

export type CommandError =
  | { kind: 'not_found'; message: string }
  | { kind: 'invalid'; message: string }
  | { kind: 'in_use'; message: string };

export interface Applied {
  doc: DiagramDocument;
  /** Applying this to `doc` gives back the document the command was applied to. */
  inverse: EditorCommand;
}

export type CommandResult = Result<Applied, CommandError>;
/** What a command's own file implements: the forward change only; the inverse is derived. */
export type StepResult = Result<DiagramDocument, CommandError>;
