import type { RehearsalPatternDto } from '@/lib/api/dto';
import { SeqScanFlag } from './PlanSummaryView';

const ms = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${v.toFixed(2)} ms`);

/** Every access pattern with its plan summary: node types, index used, rows, buffers, time; flagged seq scans in red. */
export function PatternTable({ patterns }: { patterns: readonly RehearsalPatternDto[] }) {
  if (patterns.length === 0) return <p className="text-zinc-500">The diagram declares no access patterns: add some in the inspector to have them explained.</p>;
  return (
    <table aria-label="Access patterns" className="w-full text-left text-xs">
      <thead className="text-zinc-500">
        <tr>
          <th className="py-1 pr-3 font-medium">Pattern</th>
          <th className="py-1 pr-3 font-medium">Plan</th>
          <th className="py-1 pr-3 font-medium">Index</th>
          <th className="py-1 pr-3 text-right font-medium">Rows</th>
          <th className="py-1 pr-3 text-right font-medium">Buffers hit/read</th>
          <th className="py-1 pr-3 text-right font-medium">Time</th>
          <th className="py-1 font-medium">After</th>
        </tr>
      </thead>
      <tbody>
        {patterns.map((p) => (
          <tr key={`${p.tableId}/${p.patternId}`} className="border-t border-zinc-200 align-top dark:border-zinc-800">
            <th scope="row" className="py-1.5 pr-3 font-normal">
              <span className="text-zinc-500">{p.table}:</span> {p.pattern}
              {p.seqScanOnLargeTable && <div className="mt-1"><SeqScanFlag /></div>}
            </th>
            {p.skipped || !p.before ? (
              <td colSpan={6} className="py-1.5 text-zinc-500">Not explained: {p.skipped ?? 'no plan'}</td>
            ) : (
              <>
                <td className="py-1.5 pr-3 font-mono">{p.before.nodeTypes.join(' → ')}</td>
                <td className="py-1.5 pr-3 font-mono">{p.before.indexes.join(', ') || (p.servedBy ? `(${p.servedBy})` : 'none')}</td>
                <td className="py-1.5 pr-3 text-right">{p.before.rows?.toLocaleString('en') ?? '—'}</td>
                <td className="py-1.5 pr-3 text-right">{p.before.buffers.hit.toLocaleString('en')}/{p.before.buffers.read.toLocaleString('en')}</td>
                <td className="py-1.5 pr-3 text-right">{ms(p.before.executionMs)}</td>
                <td className="py-1.5 font-mono">{p.after ? `${p.after.nodeTypes.join(' → ')}, ${ms(p.after.executionMs)}` : p.proposal && p.seqScanOnLargeTable ? `proposed: ${p.proposal.indexName}` : ''}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
