'use client';

import { useState } from 'react';
import type { AnalysisFinding } from '@/lib/analysis/types';
import { withdrawAcceptanceCommand } from '@/lib/client/analysis/commands';
import { useDesigner, useDesignerStore, useReadOnly } from '@/lib/client/designer/context';
import { AcceptDialog } from './AcceptDialog';
import { FixPreview } from './FixPreview';

const SEVERITY_STYLE = {
  error: 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300',
  warning: 'bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300',
  info: 'bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300',
} as const;

/**
 * One finding: what is wrong in plain words, the dependency and the normal form
 * it breaks, why (a suggestion's reason, an index's column order), the access
 * patterns an index would serve; then its fix and its acceptance.
 */
export function FindingItem({ finding, focused, onFocus }: { finding: AnalysisFinding; focused: boolean; onFocus: () => void }) {
  const designer = useDesignerStore();
  const patterns = usePatternNames(finding);
  const [previewing, setPreviewing] = useState(false);
  const [accepting, setAccepting] = useState(false);
  const readOnly = useReadOnly(); // sharing: findings are read, fixes and acceptances are edits
  const f = finding;
  return (
    <li aria-label={`Finding ${f.code}`} data-accepted={f.accepted ? 'true' : undefined}
      className={`space-y-1 rounded-md border p-2 text-xs ${focused ? 'border-indigo-400 bg-indigo-50/40 dark:bg-indigo-950/30' : 'border-zinc-200 dark:border-zinc-800'} ${f.accepted ? 'opacity-75' : ''}`}>
      <button type="button" onClick={onFocus} className="block w-full text-left" aria-label={`Show ${f.code} on ${f.tableName}`}>
        <span className="flex items-center gap-1.5">
          <span className={`rounded px-1 text-[10px] font-semibold uppercase ${f.accepted ? 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300' : SEVERITY_STYLE[f.severity]}`}>
            {f.accepted ? 'Justified' : f.severity}
          </span>
          <span className="font-mono text-[10px] text-zinc-500">{f.code}</span>
          {f.normalForm && <span className="rounded bg-violet-100 px-1 text-[10px] text-violet-800 dark:bg-violet-950 dark:text-violet-300">breaks {f.normalForm}</span>}
        </span>
        <span className="mt-1 block text-zinc-800 dark:text-zinc-200">{f.message}</span>
      </button>
      {f.dependency && (
        <p className="font-mono text-[11px]" aria-label="Dependency">
          {f.dependency.determinant.columnNames.join(', ')} → {f.dependency.dependent.columnNames.join(', ')}
        </p>
      )}
      {f.inferred && <p className="text-zinc-500">Suggestion (confidence {f.confidence?.toFixed(2) ?? '?'}){f.reason ? `: ${f.reason}` : ''}</p>}
      {!f.inferred && f.reason && <p className="text-zinc-600 dark:text-zinc-400"><span className="font-medium">Why: </span>{f.reason}</p>}
      {patterns.length > 0 && <p className="text-zinc-600 dark:text-zinc-400"><span className="font-medium">Serves: </span>{patterns.join('; ')}</p>}
      {f.seeAlso && <p className="text-zinc-500">See also lint rule {f.seeAlso}</p>}
      {f.accepted ? (
        <div className="rounded bg-emerald-50 p-1.5 dark:bg-emerald-950/40">
          <p><span className="font-medium">Justified: </span>{f.justification}</p>
          {f.exceptionId && !readOnly && (
            <button type="button" className="mt-1 text-indigo-700 hover:underline dark:text-indigo-300"
              onClick={() => { const { document, execute } = designer.getState(); execute(withdrawAcceptanceCommand(document, f.exceptionId!)); }}>
              Withdraw acceptance
            </button>
          )}
        </div>
      ) : !readOnly && (
        <div className="flex flex-wrap gap-1.5 pt-0.5">
          {f.fix && !previewing && (
            <button type="button" onClick={() => setPreviewing(true)} className="rounded border border-indigo-300 px-2 py-0.5 font-medium text-indigo-700 hover:bg-indigo-50 dark:text-indigo-300 dark:hover:bg-indigo-950">
              Preview fix
            </button>
          )}
          <button type="button" onClick={() => setAccepting(true)} className="rounded px-2 py-0.5 text-zinc-600 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-800">
            Accept with justification…
          </button>
        </div>
      )}
      {previewing && f.fix && !f.accepted && <FixPreview fix={f.fix} onDone={() => setPreviewing(false)} />}
      {accepting && <AcceptDialog finding={f} onClose={() => setAccepting(false)} />}
    </li>
  );
}

/** Names of the access patterns an advisor finding is about, with what they filter and sort on. */
function usePatternNames(f: AnalysisFinding): string[] {
  const table = useDesigner((s) => (f.patternIds.length > 0 ? s.document.tables.find((t) => t.id === f.tableId) ?? null : null));
  if (!table) return [];
  return f.patternIds.map((id) => table.accessPatterns.find((p) => p.id === id)?.name ?? id);
}
