'use client';

import type { VersionSummary } from '@/lib/api/dto';
import type { PlanSelection } from '@/lib/client/migrations/api';

const PG_VERSIONS = [13, 14, 15, 16, 17, 18];
const selectClass = 'mt-1 block h-9 rounded-md border border-zinc-300 bg-white px-2 text-sm dark:border-zinc-700 dark:bg-zinc-950';

const refValue = (ref: PlanSelection['from']) => String(ref);
const parseRef = (value: string) => (value === 'empty' || value === 'current' ? value : Number(value));

/** From / to / target version / safe: what the plan is computed for. */
export function PlanControls({ selection, versions, onChange }: {
  selection: PlanSelection;
  versions: readonly VersionSummary[];
  onChange: (next: PlanSelection) => void;
}) {
  const versionOptions = versions.map((v) => (
    <option key={v.version} value={v.version}>{`v${v.version} — ${v.label}`}</option>
  ));
  return (
    <div className="flex flex-wrap items-end gap-4">
      <label className="text-xs font-medium">From
        <select aria-label="From" className={selectClass} value={refValue(selection.from)} onChange={(e) => onChange({ ...selection, from: parseRef(e.target.value) })}>
          <option value="empty">empty database</option>
          {versionOptions}
          <option value="current">current</option>
        </select>
      </label>
      <label className="text-xs font-medium">To
        <select aria-label="To" className={selectClass} value={refValue(selection.to)} onChange={(e) => onChange({ ...selection, to: parseRef(e.target.value) as PlanSelection['to'] })}>
          {versionOptions}
          <option value="current">current</option>
        </select>
      </label>
      <label className="text-xs font-medium">PostgreSQL
        <select aria-label="Target PostgreSQL version" className={selectClass} value={selection.pg} onChange={(e) => onChange({ ...selection, pg: Number(e.target.value) })}>
          {PG_VERSIONS.map((v) => <option key={v} value={v}>{v}</option>)}
        </select>
      </label>
      <label className="flex h-9 items-center gap-2 text-sm">
        <input type="checkbox" checked={selection.safe} onChange={(e) => onChange({ ...selection, safe: e.target.checked })} />
        Zero-downtime plan
      </label>
    </div>
  );
}
