import type { z } from 'zod';
import { Area, NodeLayout, Note } from '../model/canvas';
import { DiagramDocument } from '../model/document';
import { AcceptedException } from '../model/exceptions';
import { Relationship } from '../model/relationship';
import { Table } from '../model/table';
import { DomainType, EnumType, Extension, NamespaceSchema } from '../model/types';
import { validateReferences } from '../model/validate';
import { formatPath } from '../model/problems';
import { err, ok, type Result } from '../result';
import type { CommandError } from './command';
import { COLLECTIONS, type CollectionKey, type DocumentPatch } from './patch';

const ITEM_SCHEMAS: Record<CollectionKey, z.ZodType> = {
  schemas: NamespaceSchema, extensions: Extension, enums: EnumType, domains: DomainType, tables: Table,
  relationships: Relationship, notes: Note, areas: Area, exceptions: AcceptedException,
};

/**
 * Accepts an edited document unless the edit introduced a problem: a changed
 * object that does not fit its schema, or a broken reference or name clash the
 * document did not have before. Only what the patch touched is shape-checked,
 * so an edit of a 500-table diagram checks one table, not 500.
 */
export function checkEdit(
  before: DiagramDocument,
  after: DiagramDocument,
  change: DocumentPatch,
  /** The problems `before` already has, when the caller knows them (none, for a document it validated). */
  knownProblems?: ReadonlySet<string>,
): Result<DiagramDocument, CommandError> {
  for (const [key, value] of Object.entries(change.scalars ?? {})) {
    const parsed = DiagramDocument.shape[key as keyof typeof DiagramDocument.shape].safeParse(value);
    if (!parsed.success) return err({ kind: 'invalid', message: parsed.error.issues[0]?.message ?? `invalid ${key}` });
  }
  for (const key of COLLECTIONS) {
    const list = change.collections?.[key];
    if (!list) continue;
    const items: unknown[] = 'whole' in list ? list.whole : list.put.map((p) => p.value);
    for (const item of items) {
      const parsed = ITEM_SCHEMAS[key].safeParse(item);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return err({ kind: 'invalid', message: issue ? `${formatPath(issue.path.map(String))}: ${issue.message}` : `invalid ${key}` });
      }
    }
  }
  for (const node of Object.values(change.layout ?? {})) {
    if (node !== null && !NodeLayout.safeParse(node).success) return err({ kind: 'invalid', message: 'a position or size is not a finite number' });
  }
  if (!change.scalars && !change.collections) return ok(after);
  const known = knownProblems ?? new Set(validateReferences(before).map((p) => p.message));
  const introduced = validateReferences(after).find((p) => !known.has(p.message));
  return introduced ? err({ kind: 'invalid', message: introduced.message }) : ok(after);
}
