'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useHistory } from '@/lib/client/history/context';
import { Button } from '../ui/Button';
import { Dialog, DialogActions } from '../ui/Dialog';

/** "Restore this version…" with a confirmation; on success the designer opens with the restored schema. */
export function RestoreButton({ version, label }: { version: number; label: string }) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const diagramId = useHistory((s) => s.diagramId);
  const busy = useHistory((s) => s.busy);
  const restore = useHistory((s) => s.restore);

  const confirm = async () => {
    const restored = await restore(version);
    setAsking(false);
    if (restored) router.push(`/diagrams/${diagramId}`);
  };
  return (
    <>
      <Button size="sm" variant="primary" onClick={() => setAsking(true)}>Restore this version…</Button>
      <Dialog
        open={asking}
        title={`Restore version ${version}?`}
        description={<>The diagram&apos;s schema becomes what it was in “{label}”. Nothing is lost: the diagram as it is now is kept as a checkpoint first, and anyone editing it sees the change.</>}
        onClose={() => setAsking(false)}
      >
        <DialogActions>
          <Button onClick={() => setAsking(false)}>Cancel</Button>
          <Button variant="primary" disabled={busy} onClick={() => void confirm()}>Restore</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
