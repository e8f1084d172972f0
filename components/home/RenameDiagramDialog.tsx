'use client';

import { useState, type FormEvent } from 'react';
import type { DiagramSummary } from '@/lib/api/dto';
import type { Result } from '@/lib/result';
import { ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Dialog, DialogActions } from '../ui/Dialog';
import { TextField } from '../ui/TextField';

export function RenameDiagramDialog({
  diagram,
  onClose,
  onRename,
}: {
  diagram: DiagramSummary | null;
  onClose: () => void;
  onRename: (id: string, name: string) => Promise<Result<null, string>>;
}) {
  return (
    <Dialog open={diagram !== null} title="Rename diagram" onClose={onClose}>
      {diagram && <RenameForm key={diagram.id} diagram={diagram} onClose={onClose} onRename={onRename} />}
    </Dialog>
  );
}

function RenameForm({ diagram, onClose, onRename }: {
  diagram: DiagramSummary;
  onClose: () => void;
  onRename: (id: string, name: string) => Promise<Result<null, string>>;
}) {
  const [name, setName] = useState(diagram.name);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') {
      setError('A diagram needs a name.');
      return;
    }
    if (trimmed === diagram.name) {
      onClose();
      return;
    }
    setPending(true);
    setError(null);
    const result = await onRename(diagram.id, trimmed);
    setPending(false);
    if (result.ok) onClose();
    else setError(result.error);
  };

  return (
    <form onSubmit={submit}>
      <TextField label="Name" value={name} maxLength={200} autoFocus onChange={(event) => setName(event.target.value)} />
      {error && <div className="mt-4"><ErrorAlert>{error}</ErrorAlert></div>}
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={pending}>{pending ? 'Saving…' : 'Save'}</Button>
      </DialogActions>
    </form>
  );
}
