import type { RehearsalPatternDto, RehearsalReportDto } from '@/lib/api/dto';
import { PatternTable } from './PatternTable';
import { ProposalCard } from './ProposalCard';

type WithProposal = RehearsalPatternDto & { proposal: NonNullable<RehearsalPatternDto['proposal']> };

/** The finished rehearsal: data loaded, migration steps, access patterns, and the proposals for flagged ones. */
export function RehearsalReportView({ diagramId, report }: { diagramId: string; report: RehearsalReportDto }) {
  const flagged = report.patterns.filter((p): p is WithProposal => p.proposal !== null && p.seqScanOnLargeTable);
  return (
    <div className="space-y-6">
      <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
        Rehearsed in {report.target.where} (PostgreSQL {report.target.server}), scale {report.scale}, seed {report.seed}: {(report.totalMs / 1000).toFixed(1)} s.
      </p>
      <section aria-labelledby="patterns-heading" className="space-y-2">
        <h2 id="patterns-heading" className="text-base font-semibold">Access patterns</h2>
        <PatternTable patterns={report.patterns} />
      </section>
      {flagged.length > 0 && (
        <section aria-labelledby="proposals-heading" className="space-y-3">
          <h2 id="proposals-heading" className="text-base font-semibold">Proposed indexes</h2>
          {flagged.map((p) => <ProposalCard key={`${p.tableId}/${p.patternId}`} diagramId={diagramId} pattern={p} />)}
        </section>
      )}
      <section aria-labelledby="data-heading" className="space-y-2">
        <h2 id="data-heading" className="text-base font-semibold">Data</h2>
        <table aria-label="Tables loaded" className="w-full text-left text-xs">
          <thead className="text-zinc-500">
            <tr><th className="py-1 pr-3 font-medium">Table</th><th className="py-1 pr-3 text-right font-medium">Rows</th><th className="py-1 pr-3 text-right font-medium">Declared</th><th className="py-1 pr-3 text-right font-medium">Load time</th><th className="py-1 font-medium">Notes</th></tr>
          </thead>
          <tbody>
            {report.tables.map((t) => (
              <tr key={t.tableId} className="border-t border-zinc-200 align-top dark:border-zinc-800">
                <th scope="row" className="py-1 pr-3 font-normal">{t.table}</th>
                <td className="py-1 pr-3 text-right">{t.rows.toLocaleString('en')}</td>
                <td className="py-1 pr-3 text-right">{t.declaredRows?.toLocaleString('en') ?? '—'}</td>
                <td className="py-1 pr-3 text-right">{t.durationMs.toLocaleString('en')} ms</td>
                <td className="py-1">{t.error ? <span className="text-red-700 dark:text-red-300">Failed: {t.error}</span> : t.notes.join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-xs text-zinc-500">Secondary indexes built after the load: {report.indexes.count} in {report.indexes.durationMs} ms; ANALYZE {report.analyzeMs} ms.</p>
      </section>
      {report.migration && (
        <section aria-labelledby="migration-heading" className="space-y-2">
          <h2 id="migration-heading" className="text-base font-semibold">Migration ({report.migration.totalMs} ms)</h2>
          <table aria-label="Migration steps" className="w-full text-left text-xs">
            <tbody>
              {report.migration.steps.map((s) => (
                <tr key={s.fileName} className="border-t border-zinc-200 align-top dark:border-zinc-800">
                  <th scope="row" className="py-1 pr-3 font-mono font-normal">{s.fileName}{s.transactional ? '' : ' (no transaction)'}</th>
                  <td className="py-1 pr-3 text-right">{s.durationMs} ms</td>
                  <td className="py-1 font-mono text-[11px]">{s.statements.map((x) => <div key={x.index}>{x.durationMs.toFixed(1)} ms  {firstLine(x.sql)}</div>)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}

const firstLine = (sql: string) => sql.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('--'))?.trim().slice(0, 120) ?? '';
