import { applyCommand, applyUnchecked } from '../editor/apply';
import { checkEdit } from '../editor/check';
import type { CommandError, EditorCommand } from '../editor/command';
import { diffDocuments } from '../editor/patch';
import type { DiagramDocument } from '../model/document';
import { err, ok, type Result } from '../result';
import type { LoggedCommand } from './types';

/**
 * `applyCommand` for operations that may meet a document their author never saw.
 * Plain commands are checked by `applyCommand` already; a `patch` (an undo, a
 * fix) is trusted there because in one person's linear history it restores a
 * state that was valid. After someone else's edits it may not be (an undo that
 * brings back a foreign key to a table another person deleted), so here it is
 * checked like any other edit. A command whose data is malformed (it came over
 * the network) is an `invalid` error, not a crash.
 */
export function applyOperation(doc: DiagramDocument, command: EditorCommand): Result<DiagramDocument, CommandError> {
  let after: DiagramDocument;
  try {
    const result = applyCommand(doc, command);
    if (!result.ok) return result;
    after = result.value.doc;
  } catch (error) {
    return err({ kind: 'invalid', message: `the change is malformed (${(error as Error).message})` });
  }
  if (command.kind !== 'patch' || after === doc) return ok(after);
  return checkEdit(doc, after, diffDocuments(doc, after));
}

/**
 * Applies an operation from the server's log: a `replace` takes the stored
 * document as it is; a command is applied without checks, because the server
 * validated exactly this change on exactly this document before logging it
 * (and it is deterministic). That keeps following 50 editors cheap.
 */
export function applyLogged(doc: DiagramDocument, command: LoggedCommand): Result<DiagramDocument, CommandError> {
  if (command.kind === 'replace') return ok(command.document);
  try {
    return applyUnchecked(doc, command);
  } catch (error) {
    return err({ kind: 'invalid', message: `the change is malformed (${(error as Error).message})` });
  }
}

const NO_PROBLEMS: ReadonlySet<string> = new Set();

/**
 * `applyOperation` for a document known to be valid (the server's, which was
 * parsed when read and checked after every operation): the edit check then
 * needs to look at the result only, which halves its cost on a big diagram.
 */
export function applyToValid(doc: DiagramDocument, command: EditorCommand): Result<DiagramDocument, CommandError> {
  let after: DiagramDocument;
  try {
    const step = applyUnchecked(doc, command);
    if (!step.ok) return step;
    after = step.value;
  } catch (error) {
    return err({ kind: 'invalid', message: `the change is malformed (${(error as Error).message})` });
  }
  if (after === doc) return ok(doc);
  return checkEdit(doc, after, diffDocuments(doc, after), NO_PROBLEMS);
}
