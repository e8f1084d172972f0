'use client';

import { useState } from 'react';
import { useDiagramAccess } from '@/lib/client/sharing/access-context';
import { Button } from '../ui/Button';
import { ShareDialog } from './ShareDialog';

/** "Share" in the designer header, for the people who may make links (editors and owners, not link visitors). */
export function ShareButton({ diagramId }: { diagramId: string }) {
  const { canShare } = useDiagramAccess();
  const [open, setOpen] = useState(false);
  if (!canShare) return null;
  return (
    <>
      <Button size="sm" onClick={() => setOpen(true)}>Share</Button>
      {open && <ShareDialog diagramId={diagramId} onClose={() => setOpen(false)} />}
    </>
  );
}
