'use client';

import { useShallow } from 'zustand/react/shallow';
import type { PresenceEntry } from '../../collab/types';
import { useDesigner } from '../designer/context';

/** The others who have this diagram open. */
export function usePresence(): PresenceEntry[] {
  return useDesigner((s) => s.presence);
}

/** The others who have this table (note, area) selected; re-renders only when that list changes. */
export function usePresenceOn(nodeId: string): PresenceEntry[] {
  return useDesigner(useShallow((s) => s.presence.filter((p) => p.selection.includes(nodeId))));
}
