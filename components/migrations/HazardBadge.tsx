import type { Hazard } from '@/lib/ddl/statement';

/** Data loss and one-way steps are red; locks and rewrites amber; the rest informational. */
const TONE: Record<Hazard, 'danger' | 'warning' | 'info'> = {
  DELETES_DATA: 'danger',
  IRREVERSIBLE: 'danger',
  ACQUIRES_ACCESS_EXCLUSIVE_LOCK: 'warning',
  BLOCKS_WRITES: 'warning',
  REWRITES_TABLE: 'warning',
  BREAKS_RUNNING_CLIENTS: 'warning',
  VALIDATES_ALL_ROWS: 'info',
};

const TONE_CLASS = {
  danger: 'bg-red-100 text-red-800 ring-red-300 dark:bg-red-950 dark:text-red-200 dark:ring-red-800',
  warning: 'bg-amber-100 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800',
  info: 'bg-sky-100 text-sky-900 ring-sky-300 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800',
};

export const isDestructive = (hazards: readonly Hazard[]) => hazards.some((h) => TONE[h] === 'danger');

export function HazardBadge({ hazard }: { hazard: Hazard }) {
  return (
    <span data-hazard={hazard} className={`inline-flex items-center rounded px-1.5 py-0.5 font-mono text-[10px] font-semibold ring-1 ring-inset ${TONE_CLASS[TONE[hazard]]}`}>
      {hazard}
    </span>
  );
}
