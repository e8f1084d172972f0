import { mergeDocuments } from '../../model/merge';
import { isTransient, type ApiFailure, type DiagramApi } from '../api';
import { hasUnsavedEdits } from './save-slice';
import type { DesignerStore } from './store';

export interface AutosaveOptions {
  api: Pick<DiagramApi, 'updateDiagram' | 'getDiagram'>;
  merge?: typeof mergeDocuments;
  /** Quiet time after the last edit before saving. */
  debounceMs?: number;
  /** Waits between retries of a save that failed for a passing reason; the last repeats. */
  retryDelaysMs?: readonly number[];
}

export const AUTOSAVE_DEBOUNCE_MS = 800;
const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000];
const MAX_MERGES_IN_A_ROW = 3;

/**
 * Saves the open diagram after edits. At most one save is in flight; edits made
 * meanwhile are saved right after it. Every save names the revision it is based
 * on; when the server has moved on (409), the latest version is fetched and
 * merged three ways with ours. A clean merge is saved at once; a clash stops
 * autosaving until the person decides (`keepMine` / `useTheirs`), so nothing is
 * overwritten silently in either direction.
 */
export class Autosaver {
  private readonly merge: typeof mergeDocuments;
  private readonly debounceMs: number;
  private readonly retryDelaysMs: readonly number[];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private failures = 0;
  /** Merges in a row without a successful save; bounds the loop if the server keeps moving. */
  private staleInARow = 0;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly store: DesignerStore, private readonly options: AutosaveOptions) {
    this.merge = options.merge ?? mergeDocuments;
    this.debounceMs = options.debounceMs ?? AUTOSAVE_DEBOUNCE_MS;
    this.retryDelaysMs = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  }

  start(): void {
    this.unsubscribe ??= this.store.subscribe((state, previous) => {
      if (state.editCount !== previous.editCount) this.schedule(this.debounceMs);
    });
  }

  /** Stops watching; an edit still waiting for its debounce is saved now rather than dropped. */
  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.timer !== null) void this.saveNow();
  }

  /** Saves pending edits without waiting for the debounce; resolves when nothing is left to do. */
  async saveNow(): Promise<void> {
    this.clearTimer();
    await this.run();
    await this.idle();
  }

  /** Resolves once no save is in flight (for callers that must not race one). */
  async idle(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  /** Resolves a conflict with my side winning every clash, then saves it. */
  async keepMine(): Promise<void> {
    const state = this.store.getState();
    if (!state.conflict) return;
    const { theirs } = state.conflict;
    const merged = this.merge(state.base, state.document, theirs.document, { prefer: 'mine' });
    state.resolvedWithMine(merged.document, theirs);
    this.failures = 0;
    await this.saveNow();
  }

  /** Resolves a conflict by dropping local edits (the UI offers a download first). */
  useTheirs(): void {
    const state = this.store.getState();
    if (!state.conflict) return;
    this.clearTimer();
    state.adoptTheirs(state.conflict.theirs);
  }

  private schedule(delayMs: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, delayMs);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private async run(): Promise<void> {
    // The save in flight goes on with newer edits when it ends, so never start a second one.
    if (this.inFlight) return;
    this.inFlight = this.saveWhileUnsaved().finally(() => {
      this.inFlight = null;
    });
    await this.inFlight;
  }

  private async saveWhileUnsaved(): Promise<void> {
    for (;;) {
      const state = this.store.getState();
      if (state.status === 'conflict' || !hasUnsavedEdits(state)) return;
      if (!(await this.saveOnce())) return;
    }
  }

  /** One PUT (and, on 409, one merge). True when it is fine to go on saving newer edits. */
  private async saveOnce(): Promise<boolean> {
    const state = this.store.getState();
    const { document, editCount, revision, savedName, diagramId } = state;
    state.saveStarted();
    const result = await this.options.api.updateDiagram(diagramId, {
      baseRevision: revision,
      document,
      ...(document.name !== savedName ? { name: document.name } : {}),
    });
    if (result.ok) {
      this.failures = 0;
      this.staleInARow = 0;
      this.store.getState().saveSucceeded(result.value, editCount);
      return true;
    }
    if (result.error.error.code === 'stale_revision') return this.reconcile();
    this.fail(result.error);
    return false;
  }

  /** Someone else saved first: merge their version with ours. True when it merged cleanly. */
  private async reconcile(): Promise<boolean> {
    this.staleInARow += 1;
    if (this.staleInARow > MAX_MERGES_IN_A_ROW) {
      this.staleInARow = 0;
      this.fail({ status: 503, error: { code: 'stale_revision', message: 'The diagram keeps changing on the server.' } });
      return false;
    }
    const latest = await this.options.api.getDiagram(this.store.getState().diagramId);
    if (!latest.ok) {
      this.fail(latest.error);
      return false;
    }
    // Read the state after the fetch so edits made while it ran are part of "mine".
    const state = this.store.getState();
    const merged = this.merge(state.base, state.document, latest.value.document);
    if (merged.conflicts.length > 0 || merged.fellBack) {
      state.conflictFound({ conflicts: merged.conflicts, fellBack: merged.fellBack, theirs: latest.value });
      return false;
    }
    state.mergedWithServer(merged.document, latest.value);
    return true;
  }

  private fail(failure: ApiFailure): void {
    const state = this.store.getState();
    if (failure.status === 404) {
      state.saveFailed('This diagram no longer exists on the server (it was deleted elsewhere). Download your copy to keep your work.', false);
      return;
    }
    if (!isTransient(failure)) {
      // Retrying the same document would fail the same way; the next edit tries again.
      state.saveFailed(failure.error.message, false);
      return;
    }
    const delay = this.retryDelaysMs[Math.min(this.failures, this.retryDelaysMs.length - 1)]!;
    this.failures += 1;
    state.saveFailed(failure.error.message, true);
    this.schedule(delay);
  }
}
