import type { DriftReport, LivePlan } from '@/lib/api/dto';

const hazardTone = (h: string) => (h === 'DELETES_DATA' || h === 'IRREVERSIBLE' ? 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200' : 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200');

function Hazards({ hazards }: { hazards: readonly string[] }) {
  return <>{hazards.map((h) => <span key={h} className={`ml-1.5 rounded px-1.5 py-0.5 text-[10px] font-medium ${hazardTone(h)}`}>{h}</span>)}</>;
}

/** The new migrations: each statement's explanation and hazards, and the SQL. */
export function PlanView({ plan }: { plan: LivePlan }) {
  if (plan.migrations.length === 0) {
    return <p role="status" className="text-zinc-600 dark:text-zinc-400">Up to date: version {plan.appliedVersion} is applied and matches the diagram.</p>;
  }
  return (
    <section aria-label="Plan" className="space-y-3">
      <p className="text-zinc-600 dark:text-zinc-400">
        {plan.baseline === 'live' ? 'First apply: planned from what the database holds now.' : `Planned from version ${plan.appliedVersion}, the last one applied.`}
      </p>
      {plan.warnings.map((w) => <p key={w} className="text-xs text-amber-700">{w}</p>)}
      {plan.migrations.map((m) => (
        <div key={m.version} className="rounded-lg border border-zinc-200 dark:border-zinc-800">
          <p className="border-b border-zinc-200 px-3 py-2 font-medium dark:border-zinc-800">
            {String(m.version).padStart(3, '0')} {m.name} <span className="font-normal text-zinc-500">— {m.summary}{m.transactional ? '' : ' (runs outside a transaction)'}</span>
          </p>
          <ol className="space-y-1 px-3 py-2 text-xs">
            {m.statements.map((s, i) => <li key={i}>{s.explanation}<Hazards hazards={s.hazards} /></li>)}
          </ol>
          <details className="border-t border-zinc-200 px-3 py-2 dark:border-zinc-800">
            <summary className="cursor-pointer text-xs text-zinc-600">SQL ({m.upFile})</summary>
            <pre className="mt-2 max-h-72 overflow-auto rounded bg-zinc-50 p-2 text-[11px] dark:bg-zinc-950">{m.up}</pre>
          </details>
        </div>
      ))}
      {plan.dataLoss.length > 0 && (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-xs text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">
          <p className="font-medium">These steps destroy data (a backup is taken first):</p>
          <ul className="mt-1 list-disc pl-4">{plan.dataLoss.map((d) => <li key={d}>{d}</li>)}</ul>
        </div>
      )}
    </section>
  );
}

export function DriftView({ drift }: { drift: DriftReport }) {
  if (drift.inSync) return <p role="status">No drift: the database matches the diagram.</p>;
  return (
    <section aria-label="Drift" className="space-y-1 text-xs">
      <p className="text-sm">The database differs from the diagram. These statements would close the gap:</p>
      {drift.statements.map((s, i) => (
        <div key={i} className="rounded border border-zinc-200 px-2 py-1 dark:border-zinc-800">
          <p>{s.explanation}<Hazards hazards={s.hazards} /></p>
          <pre className="mt-1 overflow-auto text-[11px] text-zinc-600">{s.sql}</pre>
        </div>
      ))}
    </section>
  );
}
