import Link from 'next/link';
import type { DiagramSummary } from '@/lib/api/dto';
import { timeAgo } from '@/lib/client/format-time';
import { CopyIcon, PencilIcon, TrashIcon } from '../ui/icons';

export function DiagramList({
  diagrams,
  onRename,
  onDuplicate,
  onDelete,
}: {
  diagrams: DiagramSummary[];
  onRename: (diagram: DiagramSummary) => void;
  onDuplicate: (diagram: DiagramSummary) => void;
  onDelete: (diagram: DiagramSummary) => void;
}) {
  return (
    <div className="overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <table className="w-full text-left">
        <caption className="sr-only">Your diagrams</caption>
        <thead className="border-b border-zinc-200 bg-zinc-50/80 text-xs font-medium text-zinc-500 dark:border-zinc-800 dark:bg-zinc-900">
          <tr>
            <th scope="col" className="px-5 py-2.5 font-medium">Name</th>
            <th scope="col" className="px-5 py-2.5 font-medium">Tables</th>
            <th scope="col" className="px-5 py-2.5 font-medium">Updated</th>
            <th scope="col" className="px-5 py-2.5"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {diagrams.map((diagram) => (
            <tr key={diagram.id} className="group hover:bg-zinc-50 dark:hover:bg-zinc-800/50">
              <td className="px-5 py-3">
                <Link href={`/diagrams/${diagram.id}`} className="font-medium text-zinc-900 hover:text-indigo-600 dark:text-zinc-100">
                  {diagram.name}
                </Link>
              </td>
              <td className="px-5 py-3 tabular-nums text-zinc-600 dark:text-zinc-400">
                {diagram.tableCount} {diagram.tableCount === 1 ? 'table' : 'tables'}
              </td>
              <td className="px-5 py-3 text-zinc-600 dark:text-zinc-400">
                <time dateTime={diagram.updatedAt} title={new Date(diagram.updatedAt).toLocaleString()}>{timeAgo(diagram.updatedAt)}</time>
              </td>
              <td className="px-3 py-2">
                <div className="flex justify-end gap-0.5 opacity-70 transition-opacity group-hover:opacity-100">
                  <RowAction label="Rename" onClick={() => onRename(diagram)}><PencilIcon /></RowAction>
                  <RowAction label="Duplicate" onClick={() => onDuplicate(diagram)}><CopyIcon /></RowAction>
                  <RowAction label="Delete" danger onClick={() => onDelete(diagram)}><TrashIcon /></RowAction>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RowAction({ label, danger, onClick, children }: { label: string; danger?: boolean; onClick: () => void; children: React.ReactNode }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      onClick={onClick}
      className={`rounded-md p-2 text-zinc-500 transition-colors focus-visible:outline-2 focus-visible:outline-indigo-600 ${
        danger ? 'hover:bg-red-50 hover:text-red-600 dark:hover:bg-red-950' : 'hover:bg-zinc-100 hover:text-zinc-900 dark:hover:bg-zinc-800 dark:hover:text-zinc-100'
      }`}
    >
      {children}
    </button>
  );
}
