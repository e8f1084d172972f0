import type { AnalysisReport } from '../../analysis/types';
import type { DiagramDocument } from '../../model/document';
import { err, ok, type Result } from '../../result';

/**
 * The server-side design check (`POST /api/analyze`): stateless, so the editor
 * can send the document as it is on screen, saved or not. Resolves to a Result,
 * never rejects; an aborted request resolves to `aborted` so callers can ignore it.
 */
export type CheckFailure = { kind: 'aborted' } | { kind: 'failed'; message: string };

export async function requestCheck(document: DiagramDocument, signal: AbortSignal): Promise<Result<AnalysisReport, CheckFailure>> {
  try {
    const response = await fetch('/api/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ document }),
      signal,
    });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) return err({ kind: 'failed', message: errorMessage(body) ?? `the check answered ${response.status}` });
    const analysis = (body as { analysis?: AnalysisReport } | null)?.analysis;
    if (!analysis || !Array.isArray(analysis.findings)) return err({ kind: 'failed', message: 'the check sent an answer without findings' });
    return ok(analysis);
  } catch (e) {
    if (signal.aborted) return err({ kind: 'aborted' });
    return err({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
}

function errorMessage(body: unknown): string | null {
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof message === 'string' ? message : null;
}
