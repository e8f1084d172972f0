import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AnalysisFinding, AnalysisReport } from '../../analysis/types';
import type { DiagramDocument } from '../../model/document';
import type { Result } from '../../result';
import type { CheckFailure } from './check-api';

/** Long enough that typing a name does not send a request per key, short enough to feel live. */
export const CHECK_DEBOUNCE_MS = 600;

export interface AnalysisState {
  /** A check is waiting for its debounce or for the server. */
  running: boolean;
  /** The last answer for the document as it was when it was asked; kept while a newer check runs. */
  report: AnalysisReport | null;
  /** Open (not accepted) findings per table id, counted once per answer: what the node badges read. */
  openByTable: Readonly<Record<string, number>>;
  error: string | null;
  /** The finding the person clicked: its table is selected and its columns highlighted. */
  focused: { key: string; tableId: string; columnIds: string[] } | null;
  panelOpen: boolean;
  focus(finding: AnalysisFinding | null): void;
  setPanelOpen(open: boolean): void;
}

export type AnalysisStore = StoreApi<AnalysisState>;
export type RunCheck = (document: DiagramDocument, signal: AbortSignal) => Promise<Result<AnalysisReport, CheckFailure>>;

/** A key that names a finding across re-checks (findings have no ids of their own). */
export function findingKey(f: AnalysisFinding): string {
  const dependency = f.dependency ? `${f.dependency.determinant.columnIds.join(',')}>${f.dependency.dependent.columnIds.join(',')}` : '';
  return [f.code, f.tableId, f.columnIds.join(','), f.objectId ?? '', f.patternIds.join(','), dependency].join('|');
}

export function createAnalysisStore(): AnalysisStore {
  return createStore<AnalysisState>()((set) => ({
    running: false,
    report: null,
    openByTable: {},
    error: null,
    focused: null,
    panelOpen: false,
    focus: (finding) => set({ focused: finding ? { key: findingKey(finding), tableId: finding.tableId, columnIds: highlightColumns(finding) } : null }),
    setPanelOpen: (panelOpen) => set({ panelOpen }),
  }));
}

function countOpenByTable(report: AnalysisReport): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of report.findings) if (!f.accepted) counts[f.tableId] = (counts[f.tableId] ?? 0) + 1;
  return counts;
}

/** The columns a finding is about; for a dependency, both sides. */
function highlightColumns(f: AnalysisFinding): string[] {
  const ids = f.dependency ? [...f.dependency.determinant.columnIds, ...f.dependency.dependent.columnIds] : f.columnIds;
  return [...new Set(ids)];
}

/**
 * Re-checks the document on the server whenever it changes, debounced. Only the
 * answer for the latest document is kept: an older request still in flight is
 * aborted, and an answer that arrives after a newer edit is ignored. Returns the
 * function that stops watching.
 */
export function watchDocument(
  store: AnalysisStore,
  subscribe: (listener: (document: DiagramDocument) => void) => () => void,
  initial: DiagramDocument,
  run: RunCheck,
  debounceMs = CHECK_DEBOUNCE_MS,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: AbortController | null = null;
  let generation = 0;

  const check = async (document: DiagramDocument, mine: number) => {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    const result = await run(document, controller.signal);
    if (mine !== generation) return; // a newer edit asked again; its answer is the one to show
    inFlight = null;
    if (result.ok) store.setState({ running: false, report: result.value, openByTable: countOpenByTable(result.value), error: null });
    else if (result.error.kind === 'failed') store.setState({ running: false, error: result.error.message });
  };
  const schedule = (document: DiagramDocument, delay: number) => {
    generation += 1;
    const mine = generation;
    if (timer) clearTimeout(timer);
    store.setState({ running: true });
    timer = setTimeout(() => { timer = null; void check(document, mine); }, delay);
  };

  schedule(initial, 0);
  const unsubscribe = subscribe((document) => schedule(document, debounceMs));
  return () => {
    unsubscribe();
    generation += 1;
    if (timer) clearTimeout(timer);
    inFlight?.abort();
  };
}
