import type { Hazard } from '@/lib/ddl/statement';
import type { PlanDto } from '@/lib/api/dto';
import { HazardBadge, isDestructive } from './HazardBadge';

/** Counts first: how many files and statements, which hazards, how many destructive steps, what the linter found. */
export function PlanSummary({ plan }: { plan: PlanDto }) {
  const statements = plan.migrations.flatMap((m) => m.statements);
  const counts = new Map<Hazard, number>();
  for (const s of statements) for (const h of s.hazards) counts.set(h, (counts.get(h) ?? 0) + 1);
  const destructive = statements.filter((s) => isDestructive(s.hazards)).length;
  const { errors, warnings, infos } = plan.lint.summary;
  return (
    <section aria-label="Plan summary" className="rounded-lg border border-zinc-200 bg-white p-4 text-sm dark:border-zinc-800 dark:bg-zinc-900">
      <p>
        {plan.migrations.length} migration file{plan.migrations.length === 1 ? '' : 's'}, {statements.length} statement{statements.length === 1 ? '' : 's'} for PostgreSQL {plan.targetPostgresVersion}
        {plan.safe ? ' (zero-downtime plan)' : ' (plain DDL)'}.
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-1.5">
        {counts.size === 0 ? <span className="text-zinc-500">No hazards.</span> : [...counts].sort().map(([h, n]) => (
          <span key={h} className="inline-flex items-center gap-1"><HazardBadge hazard={h} /><span className="text-xs">×{n}</span></span>
        ))}
      </div>
      {destructive > 0 && (
        <p className="mt-2 font-medium text-red-700 dark:text-red-300">
          {destructive} destructive or irreversible step{destructive === 1 ? '' : 's'}: back up the database before applying.
        </p>
      )}
      <p className="mt-2 text-xs text-zinc-500">Lint on the generated SQL: {errors} error{errors === 1 ? '' : 's'}, {warnings} warning{warnings === 1 ? '' : 's'}, {infos} note{infos === 1 ? '' : 's'}.</p>
    </section>
  );
}
