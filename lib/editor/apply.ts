import type { DiagramDocument } from '../model/document';
import { ok } from '../result';
import { checkEdit } from './check';
import type { CommandKind, CommandOf, CommandResult, EditorCommand, StepResult } from './command';
import { addArea } from './commands/add-area';
import { addColumn } from './commands/add-column';
import { addDomain } from './commands/add-domain';
import { addEnum } from './commands/add-enum';
import { addManyToMany } from './commands/add-many-to-many';
import { addNote } from './commands/add-note';
import { addPart } from './commands/add-part';
import { addRelationship } from './commands/add-relationship';
import { addTable } from './commands/add-table';
import { deleteColumns } from './commands/delete-columns';
import { deleteDomain } from './commands/delete-domain';
import { deleteEnum } from './commands/delete-enum';
import { deleteNodes } from './commands/delete-nodes';
import { deletePart } from './commands/delete-part';
import { deleteRelationships } from './commands/delete-relationships';
import { deleteTables } from './commands/delete-tables';
import { moveNodes } from './commands/move-nodes';
import { paste } from './commands/paste';
import { reorderColumn } from './commands/reorder-column';
import { setNodeLayout } from './commands/set-node-layout';
import { setPrimaryKey } from './commands/set-primary-key';
import { updateArea } from './commands/update-area';
import { updateColumn } from './commands/update-column';
import { updateDiagram } from './commands/update-diagram';
import { updateDomain } from './commands/update-domain';
import { updateEnum } from './commands/update-enum';
import { updateNote } from './commands/update-note';
import { updatePart } from './commands/update-part';
import { updateRelationship } from './commands/update-relationship';
import { updateTable } from './commands/update-table';
import { applyPatch, diffDocuments, isEmptyPatch } from './patch';

type Step<K extends CommandKind> = (doc: DiagramDocument, cmd: CommandOf<K>) => StepResult;

const STEPS: { [K in CommandKind]: Step<K> } = {
  updateDiagram, addTable, updateTable, deleteTables, addColumn, updateColumn, deleteColumns, reorderColumn,
  setPrimaryKey, addPart, updatePart, deletePart, addRelationship, updateRelationship, deleteRelationships,
  addManyToMany, addEnum, updateEnum, deleteEnum, addDomain, updateDomain, deleteDomain, addNote, updateNote, addArea, updateArea, deleteNodes,
  moveNodes, setNodeLayout, paste,
  batch: (doc, cmd) => {
    let current = doc;
    for (const inner of cmd.commands) {
      const step = runStep(current, inner);
      if (!step.ok) return step;
      current = step.value;
    }
    return ok(current);
  },
  patch: (doc, cmd) => ok(applyPatch(doc, cmd.patch)),
};

function runStep(doc: DiagramDocument, cmd: EditorCommand): StepResult {
  return (STEPS[cmd.kind] as Step<typeof cmd.kind>)(doc, cmd as never);
}

/**
 * The forward change alone: no inverse and no edit check. For code that
 * validates the result itself (the server parses the whole document) or
 * replays commands already validated (a client applying the server's log).
 */
export function applyUnchecked(doc: DiagramDocument, cmd: EditorCommand): StepResult {
  return runStep(doc, cmd);
}

/**
 * Applies a command and returns the new document with the command that undoes it.
 * The inverse is the recorded difference (a `patch`), so every command — cascades
 * and batches included — undoes exactly, in place. A command that changes nothing
 * returns the same document (callers skip recording it). Patches are trusted (they
 * restore a state that was valid); every other command is checked, so an invalid
 * edit is refused with a message instead of entering the document.
 */
export function applyCommand(doc: DiagramDocument, cmd: EditorCommand): CommandResult {
  const step = runStep(doc, cmd);
  if (!step.ok) return step;
  const after = step.value;
  const forward = diffDocuments(doc, after);
  if (isEmptyPatch(forward)) return ok({ doc, inverse: { kind: 'patch', patch: {} } });
  if (cmd.kind !== 'patch') {
    const checked = checkEdit(doc, after, forward);
    if (!checked.ok) return checked;
  }
  return ok({ doc: after, inverse: { kind: 'patch', patch: diffDocuments(after, doc) } });
}
