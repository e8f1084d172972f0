'use client';

import { useMemo } from 'react';
import type { CreatedShareLinkDto } from '@/lib/api/share-dto';
import { CopyButton } from '../migrations/CopyButton';

/** The new link's address, shown once: only its hash is kept on the server. */
export function CreatedLinkNotice({ created, onDismiss }: { created: CreatedShareLinkDto; onDismiss: () => void }) {
  const url = useMemo(() => new URL(created.path, window.location.origin).toString(), [created.path]);
  return (
    <section aria-label="New share link" className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 dark:border-emerald-900 dark:bg-emerald-950/60">
      <p className="text-sm font-medium text-emerald-900 dark:text-emerald-200">
        Link created ({created.link.role}). Copy it now: it is shown only this once.
      </p>
      <div className="mt-2 flex items-center gap-2">
        <input aria-label="Share link address" readOnly value={url} onFocus={(e) => e.currentTarget.select()}
          className="h-8 min-w-0 flex-1 rounded-md border border-emerald-300 bg-white px-2 font-mono text-xs dark:border-emerald-800 dark:bg-zinc-950" />
        <CopyButton text={url} label="Copy link" />
        <button type="button" onClick={onDismiss} className="text-xs text-emerald-800 hover:underline dark:text-emerald-300">Done</button>
      </div>
    </section>
  );
}
