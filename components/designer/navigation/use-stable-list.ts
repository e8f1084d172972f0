'use client';

import { useState } from 'react';
import { createStableList } from '@/lib/layout/stable-list';

/** A per-component `createStableList` (see lib/layout/stable-list.ts): unchanged nodes keep their identity. */
export function useStableList<T extends { id: string }>(): (next: readonly T[]) => T[] {
  const [stabilize] = useState(() => createStableList<T>());
  return stabilize;
}
