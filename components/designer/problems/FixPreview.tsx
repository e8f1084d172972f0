'use client';

import { useMemo } from 'react';
import { previewAnalysisFix, type AnalysisFix } from '@/lib/analysis';
import { replaceDocumentCommand } from '@/lib/client/analysis/commands';
import { describeFixChanges } from '@/lib/client/analysis/fix-summary';
import { useDesigner, useDesignerStore } from '@/lib/client/designer/context';

/**
 * What a fix would change, computed on the document as it is on screen (saved or
 * not) with the same pure function the server's preview route uses, and the
 * button that applies it as one undoable step.
 */
export function FixPreview({ fix, onDone }: { fix: AnalysisFix; onDone: () => void }) {
  const designer = useDesignerStore();
  const document = useDesigner((s) => s.document);
  const preview = useMemo(() => previewAnalysisFix(document, fix), [document, fix]);
  if (!preview.ok) return <p role="alert" className="text-xs text-red-600">This fix no longer applies: {preview.error.message}</p>;
  const changes = describeFixChanges(document, preview.value.document);
  const apply = () => {
    const { document: current, execute } = designer.getState();
    const fresh = current === document ? preview : previewAnalysisFix(current, fix);
    if (!fresh.ok) return;
    const done = execute(replaceDocumentCommand(current, fresh.value.document));
    if (done.ok) onDone();
  };
  return (
    <div role="region" aria-label="Fix preview" className="mt-1.5 space-y-1.5 rounded border border-indigo-200 bg-indigo-50/50 p-2 dark:border-indigo-900 dark:bg-indigo-950/30">
      <ul className="list-disc space-y-0.5 pl-4">
        {changes.map((line) => <li key={line}>{line}</li>)}
      </ul>
      {preview.value.statements.length > 0 && (
        <details>
          <summary className="cursor-pointer text-zinc-500">Migration ({preview.value.statements.length} statements)</summary>
          <pre className="mt-1 max-h-40 overflow-auto whitespace-pre-wrap font-mono text-[10px]">{preview.value.statements.map((s) => s.sql).join('\n')}</pre>
        </details>
      )}
      <div className="flex gap-1.5">
        <button type="button" onClick={apply} className="rounded bg-indigo-600 px-2 py-1 font-medium text-white">Apply fix</button>
        <button type="button" onClick={onDone} className="rounded px-2 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-800">Cancel</button>
      </div>
    </div>
  );
}
