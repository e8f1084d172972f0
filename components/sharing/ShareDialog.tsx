'use client';

import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { createShareStore } from '@/lib/client/sharing/share-store';
import { ErrorAlert } from '../ui/Alert';
import { Dialog } from '../ui/Dialog';
import { CreatedLinkNotice } from './CreatedLinkNotice';
import { CreateLinkForm } from './CreateLinkForm';
import { OwnerRequiredNotice } from './OwnerRequiredNotice';
import { ShareLinkList } from './ShareLinkList';

/** Make a link (role, expiry, label), see it once, and list or revoke the diagram's links. */
export function ShareDialog({ diagramId, onClose }: { diagramId: string; onClose: () => void }) {
  // One store per opening: the token of a new link is forgotten when the dialog closes.
  const [store] = useState(() => createShareStore(diagramId));
  const problem = useStore(store, (s) => s.problem);
  const created = useStore(store, (s) => s.created);
  const dismissProblem = useStore(store, (s) => s.dismissProblem);

  useEffect(() => {
    void store.getState().load();
  }, [store]);

  return (
    <Dialog open title="Share this diagram" onClose={onClose} width="max-w-2xl"
      description="Anyone with a link opens this diagram, and only this diagram, with the link's role. Revoke a link to cut off everyone who came through it.">
      <div className="space-y-5">
        <CreateLinkForm store={store} />
        {created && <CreatedLinkNotice created={created} onDismiss={() => store.getState().dismissCreated()} />}
        {problem && (problem.ownerRequired
          ? <OwnerRequiredNotice />
          : <ErrorAlert onDismiss={dismissProblem}>{problem.message}</ErrorAlert>)}
        <ShareLinkList store={store} />
      </div>
      <div className="mt-6 flex justify-end">
        <button type="button" onClick={onClose} className="rounded-md px-3 py-1.5 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800">Close</button>
      </div>
    </Dialog>
  );
}
