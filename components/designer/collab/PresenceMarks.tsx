'use client';

import { NodeToolbar, Position } from '@xyflow/react';
import type { CSSProperties } from 'react';
import type { PresenceEntry } from '@/lib/collab/types';

/** The outline a table gets while others have it selected (their colour; the first one's when several). */
export function presenceOutline(people: readonly PresenceEntry[]): CSSProperties {
  return people.length === 0 ? {} : { outline: `2px solid ${people[0]!.color}`, outlineOffset: 3 };
}

/** Name tags above a table node for everyone else who has it selected. */
export function PresenceTags({ people }: { people: readonly PresenceEntry[] }) {
  if (people.length === 0) return null;
  return (
    <NodeToolbar isVisible position={Position.Top} align="start" offset={6}>
      <ul aria-label="Selected by" className="flex gap-1">
        {people.map((person) => (
          <li key={person.clientId} style={{ backgroundColor: person.color }} className="rounded px-1.5 py-0.5 text-[10px] font-semibold text-white shadow-sm">
            {person.name}
          </li>
        ))}
      </ul>
    </NodeToolbar>
  );
}
