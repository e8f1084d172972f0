import type { ImportPreviewReport } from '@/lib/client/import';

const FORMAT_NAMES: Record<ImportPreviewReport['format'], string> = { sql: 'SQL', dbml: 'DBML', prisma: 'Prisma schema', json: 'Tablecraft JSON' };

/**
 * What an import read and what it left out: counts per kind of object, every
 * warning with its line, and the PostgreSQL version the diagram will target.
 * Nothing is skipped silently, so the skipped kinds are listed as prominently
 * as the imported ones.
 */
export function ImportReport({ report }: { report: ImportPreviewReport }) {
  const imported = sortedCounts(report.counts.imported);
  const skipped = sortedCounts(report.counts.skipped);
  const { postgresVersion, reason } = report.target;

  return (
    <section aria-label="Import report" className="rounded-lg border border-zinc-200 bg-zinc-50 p-4 text-sm dark:border-zinc-800 dark:bg-zinc-950">
      <h3 className="font-semibold">Import report</h3>
      <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
        {FORMAT_NAMES[report.format]}
        {report.sql && `, ${report.sql.statementCount} ${plural(report.sql.statementCount, 'statement')}`}
      </p>

      <div className="mt-3 grid grid-cols-2 gap-4">
        <CountList label="Imported" counts={imported} verb="imported" empty="Nothing" />
        <CountList label="Skipped" counts={skipped} verb="skipped" empty="Nothing skipped" />
      </div>
      {report.counts.failed > 0 && (
        <p className="mt-3 text-red-700 dark:text-red-300">
          {report.counts.failed} {plural(report.counts.failed, 'statement')} failed to import; see the warnings.
        </p>
      )}

      <p className="mt-3">
        <span className="font-medium">Target:</span> PostgreSQL {postgresVersion}
        <span className="text-zinc-600 dark:text-zinc-400"> — {reason ?? 'the default target; nothing in the schema needs a newer version.'}</span>
      </p>

      {report.sql && report.sql.sequences.length > 0 && (
        <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
          Sequences ({report.sql.sequences.length}): {report.sql.sequences.map((s) => s.name).join(', ')}.
        </p>
      )}

      {report.warnings.length > 0 && (
        <div className="mt-3">
          <h4 className="font-medium">Warnings ({report.warnings.length})</h4>
          <ul aria-label="Warnings" className="mt-1 max-h-40 space-y-0.5 overflow-y-auto text-xs text-amber-800 dark:text-amber-300">
            {report.warnings.map((warning, index) => (
              <li key={index}>{warning.line === null ? '' : `Line ${warning.line}: `}{warning.message}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function CountList({ label, counts, verb, empty }: { label: string; counts: [string, number][]; verb: string; empty: string }) {
  return (
    <div>
      <h4 className="font-medium">{label}</h4>
      {counts.length === 0 ? (
        <p className="mt-1 text-zinc-500">{empty}</p>
      ) : (
        <ul aria-label={label} className="mt-1 space-y-0.5">
          {counts.map(([kind, count]) => (
            <li key={kind}>
              <span className="font-mono text-xs">{kind}</span>: {count} {verb}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Largest first, then by name, leaving out kinds with nothing in them. */
function sortedCounts(counts: Record<string, number>): [string, number][] {
  return Object.entries(counts).filter(([, n]) => n > 0).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
