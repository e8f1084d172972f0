'use client';

import { useMemo, useState } from 'react';
import { CATEGORIES, type AnalysisFinding, type Category, type Severity } from '@/lib/analysis/types';
import { useAnalysis } from '@/lib/client/analysis/context';
import { findingKey } from '@/lib/client/analysis/analysis-store';
import { useNavigationActions } from '../navigation/use-navigation-actions';
import { FindingItem } from './FindingItem';

const CATEGORY_LABEL: Record<Category, string> = {
  normalization: 'Normalization', index: 'Indexes', partitioning: 'Partitioning', types: 'Types', roles: 'Roles',
};
type SeverityFilter = Severity | 'all';

/**
 * The server-side design check of the open diagram: normalization and advisor
 * findings grouped by table, filtered by category and severity. Clicking a
 * finding selects and centres its table and highlights its columns. Must be
 * inside the ReactFlowProvider (it moves the camera).
 */
export function ProblemsPanel() {
  const open = useAnalysis((s) => s.panelOpen);
  const running = useAnalysis((s) => s.running);
  const report = useAnalysis((s) => s.report);
  const error = useAnalysis((s) => s.error);
  const focused = useAnalysis((s) => s.focused?.key ?? null);
  const focus = useAnalysis((s) => s.focus);
  const { jumpTo } = useNavigationActions();
  const [categories, setCategories] = useState<ReadonlySet<Category>>(() => new Set(CATEGORIES));
  const [severity, setSeverity] = useState<SeverityFilter>('all');

  const groups = useMemo(() => groupByTable((report?.findings ?? []).filter((f) =>
    categories.has(f.category) && (severity === 'all' || f.severity === severity))), [report, categories, severity]);
  if (!open) return null;

  const show = (f: AnalysisFinding) => {
    focus(f);
    const columnId = f.dependency?.dependent.columnIds[0] ?? f.columnIds[0] ?? null;
    void jumpTo({ tableId: f.tableId, columnId });
  };
  const toggle = (c: Category) => setCategories((now) => {
    const next = new Set(now);
    if (next.has(c)) next.delete(c); else next.add(c);
    return next;
  });

  return (
    <aside aria-label="Problems" className="flex w-80 shrink-0 flex-col border-l border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div className="space-y-2 border-b border-zinc-200 p-3 dark:border-zinc-800">
        <div className="flex items-center justify-between">
          <h2 className="text-sm font-semibold">Problems</h2>
          <span role="status" aria-label="Check state" className="text-xs text-zinc-500">
            {running ? 'Checking…' : error ? 'Check failed' : report ? summaryText(report.summary) : ''}
          </span>
        </div>
        <fieldset className="flex flex-wrap gap-x-2 gap-y-1 text-xs" aria-label="Categories">
          {CATEGORIES.map((c) => (
            <label key={c} className="inline-flex items-center gap-1">
              <input type="checkbox" checked={categories.has(c)} onChange={() => toggle(c)} />
              {CATEGORY_LABEL[c]} ({report?.summary.byCategory[c] ?? 0})
            </label>
          ))}
        </fieldset>
        <label className="flex items-center gap-1.5 text-xs">
          Severity
          <select aria-label="Severity" value={severity} onChange={(e) => setSeverity(e.target.value as SeverityFilter)}
            className="rounded border border-zinc-300 bg-white px-1 py-0.5 dark:border-zinc-700 dark:bg-zinc-950">
            <option value="all">all</option><option value="error">errors</option><option value="warning">warnings</option><option value="info">infos</option>
          </select>
        </label>
        {error && <p role="alert" className="text-xs text-red-600">The check could not run: {error}</p>}
      </div>
      <div className="min-h-0 flex-1 space-y-3 overflow-y-auto p-3">
        {report && groups.length === 0 && <p className="text-xs text-zinc-500">No problems found{report.findings.length > 0 ? ' with these filters' : ''}.</p>}
        {groups.map(({ tableId, tableName, findings }) => (
          <section key={tableId} aria-label={`Problems in ${tableName}`}>
            <h3 className="mb-1 text-xs font-semibold text-zinc-700 dark:text-zinc-300">{tableName}</h3>
            <ul className="space-y-1.5">
              {findings.map((f) => {
                const key = findingKey(f);
                return <FindingItem key={key} finding={f} focused={key === focused} onFocus={() => show(f)} />;
              })}
            </ul>
          </section>
        ))}
      </div>
    </aside>
  );
}

function groupByTable(findings: readonly AnalysisFinding[]) {
  const groups: { tableId: string; tableName: string; findings: AnalysisFinding[] }[] = [];
  for (const f of findings) {
    const last = groups.at(-1);
    // Findings arrive sorted by table (see lib/analysis/summary), so a group is a run.
    if (last?.tableId === f.tableId) last.findings.push(f);
    else groups.push({ tableId: f.tableId, tableName: f.tableName, findings: [f] });
  }
  return groups;
}

function summaryText(s: { errors: number; warnings: number; infos: number; accepted: number }): string {
  const open = s.errors + s.warnings + s.infos;
  const accepted = s.accepted > 0 ? `, ${s.accepted} justified` : '';
  return open === 0 ? `No problems${accepted}` : `${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos${accepted}`;
}
