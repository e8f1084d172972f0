import type { AnalysisFinding } from '../../analysis/types';
import type { EditorCommand } from '../../editor/command';
import { randomIds, type IdSource } from '../../editor/factories/ids';
import { diffDocuments } from '../../editor/patch';
import type { DiagramDocument } from '../../model/document';
import { AcceptedException } from '../../model/exceptions';
import { err, ok, type Result } from '../../result';

/**
 * A whole fixed document (a fix preview) as one editor command: the recorded
 * difference from the document on screen. Executed, it is one undo step, and
 * undoing it restores every table, column, key and index the fix touched.
 */
export function replaceDocumentCommand(current: DiagramDocument, fixed: DiagramDocument): EditorCommand {
  return { kind: 'patch', patch: diffDocuments(current, fixed) };
}

export interface AcceptInput {
  readonly justification: string;
  readonly evidence: string;
}

/**
 * Accepting a finding stores an exception in the document (`doc.exceptions`)
 * matched by code, table, columns and object, which is how both engines mark
 * findings accepted. Refuses (with the model's own message) a justification
 * under 20 characters.
 */
export function acceptFindingCommand(
  doc: DiagramDocument, finding: AnalysisFinding, input: AcceptInput, now: Date = new Date(), ids: IdSource = randomIds,
): Result<EditorCommand, string> {
  const parsed = AcceptedException.safeParse({
    id: ids('exc'),
    code: finding.code,
    subject: { tableId: finding.tableId, columnIds: finding.columnIds, objectId: finding.objectId },
    justification: input.justification,
    evidence: input.evidence,
    createdAt: now.toISOString(),
  });
  if (!parsed.success) return err(parsed.error.issues.map((i) => i.message).join('; '));
  const next: DiagramDocument = { ...doc, exceptions: [...doc.exceptions, parsed.data] };
  return ok(replaceDocumentCommand(doc, next));
}

/** Takes an acceptance back (the finding counts again). */
export function withdrawAcceptanceCommand(doc: DiagramDocument, exceptionId: string): EditorCommand {
  return replaceDocumentCommand(doc, { ...doc, exceptions: doc.exceptions.filter((e) => e.id !== exceptionId) });
}
