'use client';

import { useState } from 'react';
import type { AnalysisFinding } from '@/lib/analysis/types';
import { acceptFindingCommand } from '@/lib/client/analysis/commands';
import { useDesignerStore } from '@/lib/client/designer/context';
import { Dialog, DialogActions } from '../../ui/Dialog';

const MIN_JUSTIFICATION = 20;

/**
 * Accepting a finding needs a written reason (at least 20 characters; the form
 * says so) and may carry evidence such as an EXPLAIN ANALYZE plan. Stored in the
 * document as one undoable edit.
 */
export function AcceptDialog({ finding, onClose }: { finding: AnalysisFinding; onClose: () => void }) {
  const designer = useDesignerStore();
  const [justification, setJustification] = useState('');
  const [evidence, setEvidence] = useState('');
  const [error, setError] = useState<string | null>(null);
  const short = justification.trim().length < MIN_JUSTIFICATION;
  const submit = () => {
    const { document, execute } = designer.getState();
    const command = acceptFindingCommand(document, finding, { justification, evidence });
    if (!command.ok) return setError(command.error);
    const done = execute(command.value);
    if (!done.ok) return setError(done.error.message);
    onClose();
  };
  return (
    <Dialog open title="Accept with justification" onClose={onClose} width="max-w-lg"
      description={<>Accept <span className="font-mono">{finding.code}</span> on {finding.tableName}: {finding.message}</>}>
      <form aria-label="Accept finding" onSubmit={(e) => { e.preventDefault(); submit(); }} className="space-y-3 text-sm">
        <label className="block">
          <span className="font-medium">Justification (required, at least {MIN_JUSTIFICATION} characters)</span>
          <textarea aria-label="Justification" value={justification} onChange={(e) => setJustification(e.target.value)} rows={3} required
            className="mt-1 w-full rounded-md border border-zinc-300 px-2 py-1 dark:border-zinc-700 dark:bg-zinc-950" />
          <span className="text-xs text-zinc-500">{justification.trim().length}/{MIN_JUSTIFICATION} — say why this is acceptable, e.g. a measured read cost.</span>
        </label>
        <label className="block">
          <span className="font-medium">Evidence (optional, e.g. an EXPLAIN ANALYZE plan)</span>
          <textarea aria-label="Evidence" value={evidence} onChange={(e) => setEvidence(e.target.value)} rows={4}
            className="mt-1 w-full rounded-md border border-zinc-300 px-2 py-1 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-950" />
        </label>
        {error && <p role="alert" className="text-xs text-red-600">{error}</p>}
        <DialogActions>
          <button type="button" onClick={onClose} className="rounded-md px-3 py-1.5 hover:bg-zinc-100 dark:hover:bg-zinc-800">Cancel</button>
          <button type="submit" disabled={short} className="rounded-md bg-indigo-600 px-3 py-1.5 text-white disabled:opacity-50">Accept</button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
