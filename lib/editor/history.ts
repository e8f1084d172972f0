import type { DiagramDocument } from '../model/document';
import { ok, type Result } from '../result';
import { applyCommand } from './apply';
import type { CommandError, EditorCommand } from './command';
import { composeLayoutPatches, diffDocuments, isLayoutOnly } from './patch';

export interface HistoryEntry {
  /** Applying this undoes the step. */
  inverse: EditorCommand;
  /**
   * Steps of one gesture share a key (say, `nudge:tbl_1`); consecutive layout-only
   * steps with the same key squash into one, so 300 ticks of a drag undo at once.
   */
  squashKey: string | null;
}

export const HISTORY_LIMIT = 200;

/** An undo or redo as an operation: the document after it and the command that made it. */
export interface HistoryStep {
  doc: DiagramDocument;
  command: EditorCommand;
}

/** How a step is applied; co-editing passes one that checks patches against others' edits. */
export type ApplyStep = (doc: DiagramDocument, command: EditorCommand) => Result<DiagramDocument, CommandError>;

const applyTrusted: ApplyStep = (doc, command) => {
  const result = applyCommand(doc, command);
  return result.ok ? ok(result.value.doc) : result;
};

/**
 * Undo and redo stacks of inverse commands, in the manner of tldraw's
 * HistoryManager: only what a person did locally is recorded (others' edits
 * are not; steps they made stale are forgotten, see `forget`), a new step
 * clears the redo stack, and the oldest steps fall off past the limit.
 */
export class HistoryManager {
  private undos: HistoryEntry[] = [];
  private redos: HistoryEntry[] = [];

  constructor(private readonly limit = HISTORY_LIMIT) {}

  get canUndo(): boolean { return this.undos.length > 0; }
  get canRedo(): boolean { return this.redos.length > 0; }
  get size(): { undo: number; redo: number } { return { undo: this.undos.length, redo: this.redos.length }; }

  record(inverse: EditorCommand, squashKey: string | null = null): void {
    this.redos = [];
    const top = this.undos.at(-1);
    if (squashKey !== null && top?.squashKey === squashKey && isLayoutPatch(top.inverse) && isLayoutPatch(inverse)) {
      // The older inverse holds the positions from before the gesture, so it wins.
      top.inverse = { kind: 'patch', patch: composeLayoutPatches(top.inverse.patch, inverse.patch) };
      return;
    }
    this.undos.push({ inverse, squashKey });
    if (this.undos.length > this.limit) this.undos.splice(0, this.undos.length - this.limit);
  }

  /** The document with the last step undone, or null when there is nothing to undo. */
  undo(doc: DiagramDocument): DiagramDocument | null {
    return this.trusted(this.undoStep(doc));
  }

  redo(doc: DiagramDocument): DiagramDocument | null {
    return this.trusted(this.redoStep(doc));
  }

  /**
   * Undo as an operation to send. With someone else editing the same diagram, a
   * step can stop applying (it would restore a foreign key to a table they
   * deleted): then it is dropped and `refused` says why.
   */
  undoStep(doc: DiagramDocument, apply: ApplyStep = applyTrusted): HistoryStep | { refused: string } | null {
    return this.step(doc, this.undos, this.redos, apply);
  }

  redoStep(doc: DiagramDocument, apply: ApplyStep = applyTrusted): HistoryStep | { refused: string } | null {
    return this.step(doc, this.redos, this.undos, apply);
  }

  /**
   * Drops the steps whose inverse `touches` says are stale — with co-editing,
   * those that would restore an object someone else has changed since (undoing
   * them would silently revert that person's edit).
   */
  forget(touches: (inverse: EditorCommand) => boolean): void {
    this.undos = this.undos.filter((entry) => !touches(entry.inverse));
    this.redos = this.redos.filter((entry) => !touches(entry.inverse));
  }

  clear(): void {
    this.undos = [];
    this.redos = [];
  }

  private step(doc: DiagramDocument, from: HistoryEntry[], to: HistoryEntry[], apply: ApplyStep): HistoryStep | { refused: string } | null {
    const entry = from.pop();
    if (!entry) return null;
    const result = apply(doc, entry.inverse);
    if (!result.ok) return { refused: result.error.message };
    to.push({ inverse: { kind: 'patch', patch: diffDocuments(result.value, doc) }, squashKey: null });
    return { doc: result.value, command: entry.inverse };
  }

  private trusted(step: HistoryStep | { refused: string } | null): DiagramDocument | null {
    // Inverses are patches of a linear history, so this only fails on a bug.
    if (step && 'refused' in step) throw new Error(`history: the recorded step no longer applies: ${step.refused}`);
    return step?.doc ?? null;
  }
}

function isLayoutPatch(cmd: EditorCommand): cmd is Extract<EditorCommand, { kind: 'patch' }> {
  return cmd.kind === 'patch' && isLayoutOnly(cmd.patch);
}
