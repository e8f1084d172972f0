import { CompareRef } from '../../api/history-requests';
import type { HistoryView } from './store';

/**
 * The History page keeps what it shows in the URL, so a review can be shared
 * as a link: `?version=3` opens version 3, `?from=3&to=current` compares.
 */
export function parseHistoryView(params: Readonly<Record<string, string | string[] | undefined>>): HistoryView {
  const one = (name: string) => {
    const value = params[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const version = CompareRef.safeParse(one('version'));
  if (version.success && version.data !== 'current') return { kind: 'version', version: version.data };
  const from = CompareRef.safeParse(one('from'));
  const to = CompareRef.safeParse(one('to') ?? 'current');
  if (from.success && to.success) return { kind: 'compare', from: from.data, to: to.data };
  return { kind: 'none' };
}

export function historyHref(diagramId: string, view: HistoryView): string {
  const base = `/diagrams/${encodeURIComponent(diagramId)}/history`;
  if (view.kind === 'version') return `${base}?version=${view.version}`;
  if (view.kind === 'compare') return `${base}?${new URLSearchParams({ from: String(view.from), to: String(view.to) })}`;
  return base;
}
