'use client';

import { useState } from 'react';
import type { DiagramSummary } from '@/lib/api/dto';
import type { Result } from '@/lib/result';
import { ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Dialog, DialogActions } from '../ui/Dialog';

export function DeleteDiagramDialog({
  diagram,
  onClose,
  onDelete,
}: {
  diagram: DiagramSummary | null;
  onClose: () => void;
  onDelete: (id: string) => Promise<Result<null, string>>;
}) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    if (!diagram) return;
    setPending(true);
    setError(null);
    const result = await onDelete(diagram.id);
    setPending(false);
    if (result.ok) close();
    else setError(result.error);
  };

  return (
    <Dialog
      open={diagram !== null}
      title={diagram ? `Delete diagram “${diagram.name}”?` : 'Delete diagram?'}
      description="The diagram and its saved versions will be removed. This cannot be undone."
      onClose={close}
    >
      {error && <ErrorAlert>{error}</ErrorAlert>}
      <DialogActions>
        <Button onClick={close} autoFocus>Cancel</Button>
        <Button variant="danger" disabled={pending} onClick={confirm}>{pending ? 'Deleting…' : 'Delete'}</Button>
      </DialogActions>
    </Dialog>
  );
}
