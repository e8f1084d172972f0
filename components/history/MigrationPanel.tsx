'use client';

import Link from 'next/link';
import type { CompareDto, CompareHazardDto } from '@/lib/api/history-dto';
import { useHistory } from '@/lib/client/history/context';
import { CopyButton } from '../migrations/CopyButton';
import { HazardBadge, isDestructive } from '../migrations/HazardBadge';
import { SqlCode } from '../migrations/SqlCode';
import { ErrorAlert } from '../ui/Alert';

/**
 * The comparison as a migration: what a database built from the older state
 * runs to become the newer one (UP) and to go back (DOWN), with the statements
 * that risk data or lock tables. The same generator as the Migrations page,
 * where the files can be downloaded as a bundle.
 */
export function MigrationPanel({ result }: { result: CompareDto }) {
  const diagramId = useHistory((s) => s.diagramId);
  const { migration, migrationProblem } = result;
  if (!migration) return <div className="p-6"><ErrorAlert>{migrationProblem ?? 'No migration could be made.'}</ErrorAlert></div>;
  const bundleHref = `/diagrams/${diagramId}/migrations`;
  return (
    <div className="min-w-0 flex-1 space-y-4 overflow-y-auto p-4">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        For PostgreSQL {migration.targetPostgresVersion}{migration.safe ? ' (zero-downtime plan)' : ''}, in {migration.files.length} {migration.files.length === 1 ? 'file' : 'files'}.
        {' '}To download them as a bundle, pick the same two versions on the <Link href={bundleHref} className="text-indigo-600 hover:underline">Migrations page</Link>.
      </p>
      {migration.hazards.length > 0 && <Hazards hazards={migration.hazards} />}
      {migration.files.length === 0 && <p className="text-sm text-zinc-500">Nothing to migrate: both describe the same schema.</p>}
      {migration.files.length > 0 && (
        <>
          <Script title="UP" text={migration.up} />
          <Script title="DOWN" text={migration.down} />
        </>
      )}
    </div>
  );
}

function Script({ title, text }: { title: string; text: string }) {
  return (
    <section aria-label={`${title} migration`}>
      <div className="mb-1 flex items-center justify-between">
        <h3 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">{title}</h3>
        <CopyButton text={text} label={`Copy the ${title} SQL`} />
      </div>
      <SqlCode sql={text} label={`${title} SQL`} />
    </section>
  );
}

/** The statements that lock tables, rewrite them or lose data — folded, with what is worst in the summary. */
function Hazards({ hazards }: { hazards: readonly CompareHazardDto[] }) {
  const destructive = hazards.filter((h) => isDestructive(h.hazards)).length;
  return (
    <details className={`rounded-md border p-3 text-sm ${destructive > 0 ? 'border-red-200 bg-red-50/60 dark:border-red-900 dark:bg-red-950/30' : 'border-amber-200 bg-amber-50/60 dark:border-amber-900 dark:bg-amber-950/30'}`}>
      <summary className="cursor-pointer text-xs font-semibold">
        {hazards.length} {hazards.length === 1 ? 'statement' : 'statements'} to look at
        {destructive > 0 && <span className="text-red-700 dark:text-red-300"> — {destructive} {destructive === 1 ? 'loses' : 'lose'} data or cannot be undone</span>}
      </summary>
      <ul aria-label="Hazards" className="mt-2 space-y-2">
        {hazards.map((h, i) => (
          <li key={i}>
            <div className="flex flex-wrap gap-1">{h.hazards.map((hazard) => <HazardBadge key={hazard} hazard={hazard} />)}</div>
            <p className="mt-1 font-mono text-xs">{h.sql}</p>
            <p className="text-xs text-zinc-600 dark:text-zinc-400">{h.explanation}</p>
          </li>
        ))}
      </ul>
    </details>
  );
}
