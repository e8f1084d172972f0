'use client';

import { initials } from '@/lib/collab/presence';
import { useDesigner } from '@/lib/client/designer/context';
import { usePresence } from '@/lib/client/collab/use-presence';

const SHOWN = 5;

/** Who else has this diagram open: a coloured circle with initials each; the title says what they selected. */
export function PresenceAvatars() {
  const people = usePresence();
  const tables = useDesigner((s) => s.document.tables);
  if (people.length === 0) return null;
  const selected = (ids: readonly string[]) => tables.filter((t) => ids.includes(t.id)).map((t) => t.name);
  return (
    <ul aria-label="People here" className="flex items-center -space-x-1.5">
      {people.slice(0, SHOWN).map((person) => {
        const names = selected(person.selection);
        const label = `${person.name} is here${names.length > 0 ? `, with ${names.join(', ')} selected` : ''}`;
        return (
          <li
            key={person.clientId}
            aria-label={label}
            title={label}
            style={{ backgroundColor: person.color }}
            className="flex h-7 w-7 items-center justify-center rounded-full text-[11px] font-semibold text-white ring-2 ring-white dark:ring-zinc-900"
          >
            {initials(person.name)}
          </li>
        );
      })}
      {people.length > SHOWN && (
        <li aria-label={`and ${people.length - SHOWN} more`} className="flex h-7 w-7 items-center justify-center rounded-full bg-zinc-200 text-[11px] font-semibold text-zinc-700 ring-2 ring-white dark:bg-zinc-700 dark:text-zinc-200 dark:ring-zinc-900">
          +{people.length - SHOWN}
        </li>
      )}
    </ul>
  );
}
