'use client';

import { useState } from 'react';
import type { RehearsalPatternDto } from '@/lib/api/dto';
import { addProposalToDiagram } from '@/lib/client/rehearsal/add-proposal';
import { Button } from '../ui/Button';
import { PlanSummaryView, SeqScanFlag } from './PlanSummaryView';

/** A flagged pattern: the proposed index with its reasons, "Add to diagram", and the plans before and after side by side. */
export function ProposalCard({ diagramId, pattern }: { diagramId: string; pattern: RehearsalPatternDto & { proposal: NonNullable<RehearsalPatternDto['proposal']> } }) {
  const [state, setState] = useState<{ kind: 'idle' | 'saving' } | { kind: 'done' | 'failed'; message: string }>({ kind: 'idle' });
  const add = async () => {
    setState({ kind: 'saving' });
    const r = await addProposalToDiagram(diagramId, pattern.proposal.fix);
    if (!r.ok) return setState({ kind: 'failed', message: r.error });
    if (r.value.kind === 'already_there') return setState({ kind: 'done', message: `The diagram already has ${pattern.proposal.indexName}.` });
    setState({
      kind: 'done',
      message: r.value.afterConflict
        ? `Someone saved the diagram meanwhile; it was reloaded and ${pattern.proposal.indexName} added to the latest version (revision ${r.value.revision}).`
        : `Added ${pattern.proposal.indexName} to the diagram (revision ${r.value.revision}).`,
    });
  };
  return (
    <section aria-label={`${pattern.table}: ${pattern.pattern}`} className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-medium">{pattern.table}: {pattern.pattern}</h3>
        {pattern.seqScanOnLargeTable && <SeqScanFlag />}
      </div>
      <div>
        <p>Proposed index <code className="font-mono">{pattern.proposal.indexName}</code>: {pattern.proposal.fix.description}</p>
        <ul className="mt-1 list-disc pl-5 text-xs text-zinc-600 dark:text-zinc-400">
          {pattern.proposal.reasons.map((r) => <li key={r}>{r}</li>)}
        </ul>
        {pattern.proposal.ddl.length > 0 && <pre className="mt-2 overflow-auto rounded bg-zinc-100 p-2 text-[11px] dark:bg-zinc-900">{pattern.proposal.ddl.join('\n')}</pre>}
      </div>
      <div className={`grid gap-4 ${pattern.after ? 'md:grid-cols-2' : ''}`}>
        {pattern.before && (
          <div>
            <h4 className="mb-1 text-xs font-semibold uppercase text-zinc-500">Before</h4>
            <PlanSummaryView plan={pattern.before} label="Plan before" />
          </div>
        )}
        {pattern.after && (
          <div>
            <h4 className="mb-1 text-xs font-semibold uppercase text-zinc-500">After, with {pattern.proposal.indexName}</h4>
            <PlanSummaryView plan={pattern.after} label="Plan after" />
          </div>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="primary" disabled={state.kind === 'saving' || state.kind === 'done'} onClick={() => void add()}>
          {state.kind === 'saving' ? 'Adding…' : 'Add to diagram'}
        </Button>
        {state.kind === 'done' && <p role="status" className="text-emerald-700 dark:text-emerald-300">{state.message}</p>}
        {state.kind === 'failed' && <p role="alert" className="text-red-700 dark:text-red-300">{state.message}</p>}
      </div>
    </section>
  );
}
