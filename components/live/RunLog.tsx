import type { LiveEvent, LiveStreamLine } from '@/lib/api/dto';

function describe(event: LiveEvent): string {
  switch (event.kind) {
    case 'connected': return `Connected to ${event.database} (PostgreSQL ${event.server}).`;
    case 'lock_wait': return `Waiting for the migration lock, held by ${event.holder}…`;
    case 'backup': return `Backed up what versions ${event.versions.join(', ')} destroy to ${event.location}.`;
    case 'statement': {
      const first = event.sql.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('--'))?.trim().slice(0, 120) ?? '';
      const mark = { started: 'running', done: 'ok', failed: 'FAILED', would_run: 'would run' }[event.status];
      return `${event.fileName} [${event.index}/${event.count}] ${mark}${event.status === 'started' ? '' : ` ${event.durationMs.toFixed(1)} ms`}  ${first}`;
    }
  }
}

/** The run's progress as it streams in, then its outcome. */
export function RunLog({ lines }: { lines: readonly LiveStreamLine[] }) {
  // A statement's "started" line is replaced by its outcome once that arrives.
  const shown = lines.filter((l, i) => !(l.type === 'event' && l.event.kind === 'statement' && l.event.status === 'started' && i < lines.length - 1));
  const result = lines.find((l): l is Extract<LiveStreamLine, { type: 'result' }> => l.type === 'result');
  return (
    <section aria-label="Progress" className="space-y-2">
      <ol role="log" className="max-h-72 overflow-auto rounded-lg bg-zinc-900 p-3 font-mono text-[11px] text-zinc-100">
        {shown.filter((l) => l.type === 'event').map((l, i) => <li key={i}>{l.type === 'event' ? describe(l.event) : ''}</li>)}
      </ol>
      {result?.ok === true && (
        <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
          {result.report.dryRun ? 'Dry run succeeded (rolled back)' : result.report.direction === 'up' ? 'Applied' : 'Rolled back'}: {result.report.steps.map((s) => s.version).join(', ') || 'nothing to do'} in {result.report.totalMs} ms.
        </p>
      )}
      {result?.ok === false && (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-xs text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">
          <p className="whitespace-pre-wrap font-medium">{result.error.message}</p>
          {result.error.statement && (
            <>
              <p className="mt-1">At {result.error.statement.fileName}:{result.error.statement.line}:{result.error.statement.column} (statement {result.error.statement.index} of {result.error.statement.count}){result.error.database ? `, SQLSTATE ${result.error.database.code}` : ''}. Nothing of this migration was kept.</p>
              <pre className="mt-1 overflow-auto">{result.error.statement.sql}</pre>
            </>
          )}
        </div>
      )}
    </section>
  );
}
