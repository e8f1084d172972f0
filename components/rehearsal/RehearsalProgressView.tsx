import type { RehearsalProgress } from '@/lib/client/rehearsal/progress';

const n = (v: number) => v.toLocaleString('en');

/** Live progress: tables loading with row counts and times, migration steps with durations, EXPLAINs done. */
export function RehearsalProgressView({ progress, running }: { progress: RehearsalProgress; running: boolean }) {
  return (
    <section aria-label="Progress" className="space-y-2">
      <ol role="log" className="max-h-80 overflow-auto rounded-lg bg-zinc-900 p-3 font-mono text-[11px] text-zinc-100">
        {progress.where && <li>Rehearsing in {progress.where}.</li>}
        {progress.schema && <li>Schema: {progress.schema.statements} statements in {progress.schema.durationMs} ms.</li>}
        {progress.tables.map((t) => (
          <li key={t.table} className={t.failed ? 'text-red-300' : undefined}>
            {t.failed ? `${t.table}: FAILED ${t.failed}` : `${t.table}: ${n(t.rowsDone)} / ${n(t.rows)} rows in ${n(t.durationMs)} ms${t.rowsDone < t.rows ? ' …' : ''}`}
          </li>
        ))}
        {progress.indexes && <li>Built {progress.indexes.count} indexes after the load in {n(progress.indexes.durationMs)} ms.</li>}
        {progress.analyzeMs !== null && <li>ANALYZE in {n(progress.analyzeMs)} ms.</li>}
        {progress.steps.map((s) => (
          <li key={s.fileName} className={s.failed ? 'text-red-300' : undefined}>
            Migration {s.fileName}: {s.statements} statements in {s.durationMs.toFixed(1)} ms{s.failed ? ` — FAILED at ${s.failed}` : ''}
          </li>
        ))}
        {progress.explained > 0 && <li>EXPLAIN (ANALYZE, BUFFERS): {progress.explained} plans taken.</li>}
        {progress.proposalsApplied.map((p) => <li key={p.index}>Created the proposed index {p.index} on {p.table} in {n(p.durationMs)} ms.</li>)}
        {running && <li className="text-zinc-400">Running…</li>}
      </ol>
    </section>
  );
}
