'use client';

import { useState, type FormEvent } from 'react';
import type { DiagramDetail, TemplateSummary } from '@/lib/api/dto';
import type { Result } from '@/lib/result';
import { ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Dialog, DialogActions } from '../ui/Dialog';
import { TextField } from '../ui/TextField';

export function NewDiagramDialog({
  open,
  templates,
  onClose,
  onCreate,
}: {
  open: boolean;
  templates: TemplateSummary[];
  onClose: () => void;
  onCreate: (input: { templateId: string; name?: string }) => Promise<Result<DiagramDetail, string>>;
}) {
  return (
    <Dialog open={open} title="New diagram" description="Start from a template or from an empty canvas." onClose={onClose} width="max-w-lg">
      {/* Mounted only while open, so every opening starts from a clean form. */}
      {open && <NewDiagramForm templates={templates} onClose={onClose} onCreate={onCreate} />}
    </Dialog>
  );
}

function NewDiagramForm({
  templates,
  onClose,
  onCreate,
}: {
  templates: TemplateSummary[];
  onClose: () => void;
  onCreate: (input: { templateId: string; name?: string }) => Promise<Result<DiagramDetail, string>>;
}) {
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? 'blank');
  const [name, setName] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const chosen = templates.find((t) => t.id === templateId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await onCreate({ templateId, name });
    setPending(false);
    if (result.ok) onClose();
    else setError(result.error);
  };

  return (
    <form onSubmit={submit}>
      <fieldset>
        <legend className="text-xs font-medium text-zinc-700 dark:text-zinc-300">Template</legend>
        <div role="radiogroup" aria-label="Template" className="mt-1.5 grid gap-2">
          {templates.map((template) => (
            <label
              key={template.id}
              className={`flex cursor-pointer gap-3 rounded-lg border p-3 transition-colors ${
                template.id === templateId
                  ? 'border-indigo-500 bg-indigo-50/60 ring-1 ring-indigo-500 dark:bg-indigo-950/40'
                  : 'border-zinc-200 hover:border-zinc-300 dark:border-zinc-700'
              }`}
            >
              <input
                type="radio"
                name="template"
                value={template.id}
                checked={template.id === templateId}
                onChange={() => setTemplateId(template.id)}
                className="mt-0.5 accent-indigo-600"
              />
              <span>
                <span className="block font-medium">{template.name}</span>
                <span className="mt-0.5 block text-xs text-zinc-600 dark:text-zinc-400">{template.description}</span>
              </span>
            </label>
          ))}
          {templates.length === 0 && <p className="text-zinc-500">Loading templates…</p>}
        </div>
      </fieldset>

      <TextField
        className="mt-5"
        label="Name"
        value={name}
        maxLength={200}
        placeholder={chosen?.name ?? 'Untitled diagram'}
        hint="Leave empty to use the template's name."
        onChange={(event) => setName(event.target.value)}
      />

      {error && <div className="mt-4"><ErrorAlert>{error}</ErrorAlert></div>}

      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={pending || templates.length === 0}>
          {pending ? 'Creating…' : 'Create diagram'}
        </Button>
      </DialogActions>
    </form>
  );
}
