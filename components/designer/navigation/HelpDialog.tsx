'use client';

import { SHORTCUTS, describeChord, type ShortcutGroup } from '@/lib/layout/shortcuts';
import { useView } from '@/lib/client/view/context';
import { Dialog } from '../../ui/Dialog';
import { Kbd } from './FirstRunHint';
import { isMac } from './shortcut-label';

const GROUPS: ShortcutGroup[] = ['Navigation', 'View', 'Editing'];

/** `?`: every keyboard shortcut, from the same list the key handlers use. */
export function HelpDialog() {
  const open = useView((s) => s.overlay === 'help');
  const close = useView((s) => s.close);
  const mac = isMac();
  return (
    <Dialog open={open} title="Keyboard shortcuts" onClose={close} width="max-w-2xl">
      <div className="grid gap-6 sm:grid-cols-3">
        {GROUPS.map((group) => (
          <section key={group} aria-label={group}>
            <h3 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">{group}</h3>
            <dl className="mt-2 space-y-1.5">
              {SHORTCUTS.filter((s) => s.group === group).map((s) => (
                <div key={s.id} className="flex items-baseline justify-between gap-3">
                  <dt className="text-zinc-700 dark:text-zinc-300">{s.description}</dt>
                  <dd className="flex shrink-0 gap-1">
                    {s.chords.map((chord, i) => <Kbd key={i}>{describeChord(chord, mac)}</Kbd>)}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="mt-6 flex justify-end">
        <button type="button" onClick={close} className="h-8 rounded-md px-3 text-sm font-medium ring-1 ring-zinc-300 hover:bg-zinc-50 dark:ring-zinc-700 dark:hover:bg-zinc-800">Close</button>
      </div>
    </Dialog>
  );
}
