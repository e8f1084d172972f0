'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { DiagramAccessDto } from '../../api/share-dto';

/** What the open diagram lets this person do, as GET /api/diagrams/:id said; display only (the server checks every request). */
const AccessContext = createContext<DiagramAccessDto | null>(null);

export function DiagramAccessProvider({ access, children }: { access: DiagramAccessDto; children: ReactNode }) {
  return <AccessContext.Provider value={access}>{children}</AccessContext.Provider>;
}

/** The requester's access; outside a provider (older screens, tests) the full access of the local owner. */
export function useDiagramAccess(): DiagramAccessDto {
  return useContext(AccessContext) ?? LOCAL_OWNER_ACCESS;
}

const LOCAL_OWNER_ACCESS: DiagramAccessDto = {
  role: 'owner', actorName: 'Local owner', via: 'local', canComment: true, canEdit: true, canManage: true, canShare: true,
};
