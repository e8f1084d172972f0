'use client';

import type { CompareDto } from '@/lib/api/history-dto';
import { describeObject, describeTableChange } from '@/lib/client/history/describe-changes';
import type { DiffMark } from '@/lib/client/history/display-document';

const MARK_CLASSES: Record<DiffMark, string> = {
  added: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300',
  removed: 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300',
  changed: 'bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300',
};

/** Every change, table by table; clicking a table brings it into view on the canvas. */
export function ChangeList({ result, onFocus }: { result: CompareDto; onFocus: (tableId: string) => void }) {
  const { changes, from, to } = result;
  const tables = changes.tables.filter((t) => t.status !== 'unchanged').map((t) => describeTableChange(t, from.document, to.document));
  return (
    <aside aria-label="Changes" className="w-80 shrink-0 overflow-y-auto border-l border-zinc-200 bg-white p-3 text-sm dark:border-zinc-800 dark:bg-zinc-900">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">Changes</h3>
      {changes.identical && <p className="mt-2 text-zinc-500">No changes: both describe the same schema.</p>}
      <ul className="mt-2 space-y-2">
        {tables.map((table) => (
          <li key={table.tableId} aria-label={`Table ${table.title}: ${table.status}`}>
            <button type="button" onClick={() => onFocus(table.tableId)} className="flex w-full items-center gap-2 rounded-md px-1.5 py-1 text-left hover:bg-zinc-50 dark:hover:bg-zinc-800">
              <Badge mark={table.status as DiffMark} />
              <span className="min-w-0 flex-1 truncate font-medium">{table.title}</span>
            </button>
            {table.details.length > 0 && (
              <ul className="ml-3 mt-0.5 space-y-0.5 border-l border-zinc-200 pl-3 text-xs text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
                {table.details.map((detail, i) => <li key={i} data-diff={detail.status}>{detail.text}</li>)}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {changes.objects.length > 0 && (
        <>
          <h3 className="mt-4 text-xs font-semibold uppercase tracking-wide text-zinc-500">Other objects</h3>
          <ul className="mt-2 space-y-1 text-xs">
            {changes.objects.map((object) => (
              <li key={`${object.kind}:${object.id}`} className="flex items-start gap-2"><Badge mark={object.status} /><span>{describeObject(object)}</span></li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}

function Badge({ mark }: { mark: DiffMark }) {
  return <span className={`shrink-0 rounded px-1.5 text-[10px] font-semibold ${MARK_CLASSES[mark]}`}>{mark}</span>;
}
