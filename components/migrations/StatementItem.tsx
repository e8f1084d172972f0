import type { PlanStatementDto } from '@/lib/api/dto';
import { CopyButton } from './CopyButton';
import { HazardBadge, isDestructive } from './HazardBadge';
import { LintFindings } from './LintFindings';
import { SqlCode } from './SqlCode';

/** One planned statement: what it does, what it locks and risks, the SQL, and what the linter says about it. */
export function StatementItem({ statement, index }: { statement: PlanStatementDto; index: number }) {
  const destructive = isDestructive(statement.hazards);
  return (
    <li
      aria-label={`Statement ${index + 1}`}
      data-destructive={destructive || undefined}
      className={`rounded-md border p-3 ${destructive ? 'border-red-300 bg-red-50/60 dark:border-red-900 dark:bg-red-950/40' : 'border-zinc-200 dark:border-zinc-800'}`}
    >
      <div className="flex flex-wrap items-center gap-1.5">
        {destructive && <span className="text-xs font-semibold text-red-700 dark:text-red-300">Destructive —</span>}
        <p className="min-w-0 flex-1 text-sm">{statement.explanation}</p>
        <CopyButton text={statement.sql} label={`Copy statement ${index + 1}`} />
      </div>
      <div className="mt-1.5 flex flex-wrap items-center gap-1.5 text-[11px] text-zinc-500">
        {statement.hazards.map((h) => <HazardBadge key={h} hazard={h} />)}
        <span>lock: <span className="font-mono">{statement.lock}</span></span>
        {!statement.transactional && <span className="font-semibold text-amber-700 dark:text-amber-300">outside a transaction</span>}
      </div>
      <div className="mt-2"><SqlCode sql={statement.sql} /></div>
      <LintFindings findings={statement.findings} />
    </li>
  );
}
