import type { RehearsalPlanDto } from '@/lib/api/dto';

const ms = (v: number | null) => (v === null ? '—' : `${v.toFixed(2)} ms`);

/** One plan, compactly: node types, index used, rows, buffers, time. */
export function PlanSummaryView({ plan, label }: { plan: RehearsalPlanDto; label: string }) {
  return (
    <dl aria-label={label} className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
      <dt className="text-zinc-500">Plan</dt>
      <dd className="font-mono">{plan.nodeTypes.join(' → ')}</dd>
      <dt className="text-zinc-500">Index</dt>
      <dd className="font-mono">{plan.indexes.length > 0 ? plan.indexes.join(', ') : 'none'}</dd>
      <dt className="text-zinc-500">Rows</dt>
      <dd>{plan.rows === null ? '—' : plan.rows.toLocaleString('en')}{plan.seqScans.length > 0 ? ` (scanned ${plan.seqScans.map((s) => `${s.relation}: ${Math.round(s.rowsScanned).toLocaleString('en')}`).join(', ')})` : ''}</dd>
      <dt className="text-zinc-500">Buffers</dt>
      <dd>hit {plan.buffers.hit.toLocaleString('en')}, read {plan.buffers.read.toLocaleString('en')}</dd>
      <dt className="text-zinc-500">Time</dt>
      <dd>{ms(plan.executionMs)} (planning {ms(plan.planningMs)})</dd>
    </dl>
  );
}

export function SeqScanFlag() {
  return <span className="inline-block rounded bg-red-600 px-1.5 py-0.5 text-[11px] font-semibold text-white">Seq Scan on large table</span>;
}
