import { Button } from '../ui/Button';
import { PlusIcon, TableIcon } from '../ui/icons';

export function EmptyState({ onCreate }: { onCreate: () => void }) {
  return (
    <section className="rounded-xl border border-dashed border-zinc-300 bg-white px-6 py-16 text-center dark:border-zinc-700 dark:bg-zinc-900">
      <div className="mx-auto flex h-11 w-11 items-center justify-center rounded-full bg-indigo-50 text-indigo-600 dark:bg-indigo-950 dark:text-indigo-300">
        <TableIcon width={22} height={22} />
      </div>
      <h2 className="mt-4 text-base font-semibold">No diagrams yet</h2>
      <p className="mx-auto mt-1.5 max-w-sm text-zinc-600 dark:text-zinc-400">
        Start from the e-commerce template to see tables, keys and relationships in place, or begin with a blank canvas.
      </p>
      <Button variant="primary" className="mt-6" onClick={onCreate}>
        <PlusIcon /> Create your first diagram
      </Button>
    </section>
  );
}
