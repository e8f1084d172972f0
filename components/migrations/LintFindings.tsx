import type { LintFindingDto } from '@/lib/api/dto';

const SEVERITY = {
  error: 'border-red-300 bg-red-50 text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-200',
  warning: 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-200',
  info: 'border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-900 dark:bg-sky-950 dark:text-sky-200',
};

/** Lint findings on generated SQL, shown beside the statement they are about. */
export function LintFindings({ findings }: { findings: readonly LintFindingDto[] }) {
  if (findings.length === 0) return null;
  return (
    <ul aria-label="Lint findings" className="mt-2 space-y-1">
      {findings.map((f, i) => (
        <li key={`${f.ruleId}-${i}`} className={`rounded border px-2 py-1 text-xs ${SEVERITY[f.severity]} ${f.suppressed ? 'opacity-60' : ''}`}>
          <span className="font-mono font-semibold">{f.ruleId}</span> <span className="font-mono">{f.slug}</span>
          {' · '}{f.severity}{f.suppressed ? ` (suppressed: ${f.suppressionReason ?? 'no reason'})` : ''} — {f.message}
          {f.fix && <div className="mt-0.5 opacity-80">Instead: {f.fix.description}</div>}
        </li>
      ))}
    </ul>
  );
}
