import type { DiagramDocument } from '../../model/document';
import { ok } from '../../result';
import type { CommandOf, StepResult } from '../command';
import { invalid, notFound, tableById } from '../doc';

/** Adds a foreign key, first adding the referencing columns it brings along (built by `factories/connect.ts`). */
export function addRelationship(doc: DiagramDocument, cmd: CommandOf<'addRelationship'>): StepResult {
  const { relationship, newColumns } = cmd;
  if (doc.relationships.some((r) => r.id === relationship.id)) return invalid(`a relationship with id "${relationship.id}" already exists`);
  const child = tableById(doc, relationship.fromTableId);
  if (!child) return notFound(`there is no table with id "${relationship.fromTableId}" in this diagram`);
  if (!tableById(doc, relationship.toTableId)) return notFound(`there is no table with id "${relationship.toTableId}" in this diagram`);
  const tables = newColumns.length === 0
    ? doc.tables
    : doc.tables.map((t) => (t.id === child.id ? { ...t, columns: [...t.columns, ...newColumns] } : t));
  return ok({ ...doc, tables, relationships: [...doc.relationships, relationship] });
}
