import type { DiagramDocument } from '../model/document';
import { emptyDocument } from '../model/empty';
import type { Result } from '../result';
import { diff, type DiffOptions } from './diff';
import { emitAll } from './emit';
import type { DdlError } from './errors';
import type { Statement } from './statement';

/** diff → emit in one call. */
export function migrationStatements(before: DiagramDocument, after: DiagramDocument, options: DiffOptions = {}): Result<Statement[], DdlError[]> {
  const ops = diff(before, after, options);
  return ops.ok ? { ok: true, value: emitAll(ops.value) } : ops;
}

/** A document with nothing in it, on the same target version (so the DOWN is checked against the same server). */
function nothingLike(doc: DiagramDocument): DiagramDocument {
  const empty = emptyDocument(doc.name);
  return { ...empty, target: { ...doc.target } };
}

/** The full schema DDL: everything `doc` describes, created on an empty database. */
export function createStatements(doc: DiagramDocument): Result<Statement[], DdlError[]> {
  return migrationStatements(nothingLike(doc), doc);
}

/** The DOWN of `createStatements`: drops everything `doc` created. */
export function dropStatements(doc: DiagramDocument): Result<Statement[], DdlError[]> {
  return migrationStatements(doc, nothingLike(doc));
}
