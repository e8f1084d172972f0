import type { DiagramDocument } from '../model/document';
import { applyCommand } from './apply';
import type { EditorCommand } from './command';
import { composeLayoutPatches, isLayoutOnly } from './patch';

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

/**
 * Undo and redo stacks of inverse commands, in the manner of tldraw's
 * HistoryManager: only what a person did locally is recorded (merges from the
 * server are not; the store clears the history when it adopts one), a new step
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
    return this.step(doc, this.undos, this.redos);
  }

  redo(doc: DiagramDocument): DiagramDocument | null {
    return this.step(doc, this.redos, this.undos);
  }

  clear(): void {
    this.undos = [];
    this.redos = [];
  }

  private step(doc: DiagramDocument, from: HistoryEntry[], to: HistoryEntry[]): DiagramDocument | null {
    const entry = from.pop();
    if (!entry) return null;
    const result = applyCommand(doc, entry.inverse);
    // Inverses are patches of a linear history, so this only fails on a bug.
    if (!result.ok) throw new Error(`history: the recorded step no longer applies: ${result.error.message}`);
    to.push({ inverse: result.value.inverse, squashKey: null });
    return result.value.doc;
  }
}

function isLayoutPatch(cmd: EditorCommand): cmd is Extract<EditorCommand, { kind: 'patch' }> {
  return cmd.kind === 'patch' && isLayoutOnly(cmd.patch);
}
