'use client';

import { useState } from 'react';
import type { PlanMigrationDto } from '@/lib/api/dto';
import { CopyButton } from './CopyButton';
import { isDestructive } from './HazardBadge';
import { LintFindings } from './LintFindings';
import { SqlCode } from './SqlCode';
import { StatementItem } from './StatementItem';

/** One migration of the plan: its UP statements, and the whole UP and DOWN files on demand. */
export function MigrationFileCard({ migration }: { migration: PlanMigrationDto }) {
  const [view, setView] = useState<'steps' | 'up' | 'down'>('steps');
  const lossyDown = migration.downStatements.filter((s) => isDestructive(s.hazards)).length;
  const fileName = migration.upPath.replace(/^migrations\//, '');
  return (
    <section aria-label={`Migration ${fileName}`} className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-mono text-sm font-semibold">{fileName}</h3>
        <span className={`rounded px-1.5 py-0.5 text-[11px] ${migration.transactional ? 'bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300' : 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200'}`}>
          {migration.transactional ? 'one transaction' : 'NO TRANSACTION'}
        </span>
        <span className="text-xs text-zinc-500">{migration.summary}</span>
        <div role="tablist" aria-label={`${fileName} view`} className="ml-auto flex gap-1">
          {(['steps', 'up', 'down'] as const).map((v) => (
            <button key={v} role="tab" type="button" aria-selected={view === v} onClick={() => setView(v)}
              className={`rounded px-2 py-1 text-xs ${view === v ? 'bg-indigo-600 text-white' : 'text-zinc-600 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-800'}`}>
              {v === 'steps' ? 'Statements' : v === 'up' ? 'UP file' : 'DOWN file'}
            </button>
          ))}
        </div>
      </div>
      {lossyDown > 0 && (
        <p className="mt-2 text-xs text-red-700 dark:text-red-300">
          Rolling back loses data: the DOWN drops {lossyDown} object{lossyDown === 1 ? '' : 's'} that may hold rows written since the UP (it checks they are empty first).
        </p>
      )}
      <LintFindings findings={migration.fileFindings} />
      {view === 'steps' && (
        migration.statements.length === 0
          ? <p className="mt-3 text-sm text-zinc-500">No statements.</p>
          : <ol className="mt-3 space-y-2">{migration.statements.map((s, i) => <StatementItem key={i} statement={s} index={i} />)}</ol>
      )}
      {view !== 'steps' && (
        <div className="mt-3">
          <div className="mb-1 flex items-center justify-between">
            <span className="font-mono text-xs text-zinc-500">{view === 'up' ? migration.upPath : migration.downPath}</span>
            <CopyButton text={view === 'up' ? migration.upSql : migration.downSql} label={`Copy ${view === 'up' ? 'UP' : 'DOWN'} file`} />
          </div>
          <SqlCode sql={view === 'up' ? migration.upSql : migration.downSql} label={view === 'up' ? 'UP file' : 'DOWN file'} />
        </div>
      )}
    </section>
  );
}
