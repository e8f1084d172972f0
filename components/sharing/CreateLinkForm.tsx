'use client';

import { useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { grantableRoles, type ShareLinkRole } from '@/lib/api/share-dto';
import { SHARE_LABEL_MAX } from '@/lib/api/share-requests';
import { useDiagramAccess } from '@/lib/client/sharing/access-context';
import { customExpiry, EXPIRY_PRESETS, presetExpiry, type ExpiryPreset } from '@/lib/client/sharing/expiry';
import type { ShareStore } from '@/lib/client/sharing/share-store';
import { Button } from '../ui/Button';

const ROLE_NAMES: Record<ShareLinkRole, string> = { viewer: 'Viewer', commenter: 'Commenter', editor: 'Editor' };
const ROLE_HINTS: Record<ShareLinkRole, string> = {
  viewer: 'Viewers see the canvas, the problems, the SQL and the migration bundle; they change nothing.',
  commenter: 'Commenters see what viewers see, and may comment.',
  editor: 'Editors may change the diagram, like a workspace editor (but never share it further).',
};

const fieldClass = 'mt-1 block h-9 w-full rounded-md border border-zinc-300 bg-white px-2 text-sm dark:border-zinc-700 dark:bg-zinc-950';

export function CreateLinkForm({ store }: { store: ShareStore }) {
  const { role: own } = useDiagramAccess();
  const creating = useStore(store, (s) => s.creating);
  const [role, setRole] = useState<ShareLinkRole>('viewer');
  const [expiry, setExpiry] = useState<ExpiryPreset | 'custom'>('7d');
  const [customAt, setCustomAt] = useState('');
  const [label, setLabel] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const now = new Date();
    let expiresAt: string | null;
    if (expiry === 'custom') {
      const chosen = customExpiry(customAt, now);
      if ('problem' in chosen) return setProblem(chosen.problem);
      expiresAt = chosen.expiresAt;
    } else {
      expiresAt = presetExpiry(expiry, now);
    }
    setProblem(null);
    if (await store.getState().create({ role, label: label.trim() || undefined, expiresAt })) setLabel('');
  };

  return (
    <form aria-label="New share link" onSubmit={(e) => void submit(e)} className="grid grid-cols-[1fr_1fr] gap-3 sm:grid-cols-[1.3fr_1fr_1.3fr_auto] sm:items-end">
      <label className="text-xs font-medium">Role
        <select aria-label="Link role" className={fieldClass} value={role} onChange={(e) => setRole(e.target.value as ShareLinkRole)}>
          {grantableRoles(own).map((r) => <option key={r} value={r}>{ROLE_NAMES[r]}</option>)}
        </select>
      </label>
      <label className="text-xs font-medium">Expires after
        <select aria-label="Link expiry" className={fieldClass} value={expiry} onChange={(e) => setExpiry(e.target.value as ExpiryPreset | 'custom')}>
          {EXPIRY_PRESETS.map((p) => <option key={p.key} value={p.key}>{p.label}</option>)}
          <option value="custom">On a date…</option>
        </select>
      </label>
      <label className="text-xs font-medium">Label (optional)
        <input aria-label="Link label" className={fieldClass} value={label} maxLength={SHARE_LABEL_MAX} placeholder="e.g. for the review on Friday" onChange={(e) => setLabel(e.target.value)} />
      </label>
      <Button type="submit" variant="primary" disabled={creating}>{creating ? 'Creating…' : 'Create link'}</Button>
      <p className="col-span-full -mt-1 text-xs text-zinc-500">{ROLE_HINTS[role]}</p>
      {expiry === 'custom' && (
        <label className="col-span-full text-xs font-medium">Expires at (your local time)
          <input type="datetime-local" aria-label="Link expires at" className={fieldClass} value={customAt} onChange={(e) => setCustomAt(e.target.value)} />
        </label>
      )}
      {problem && <p role="alert" className="col-span-full text-xs text-red-600">{problem}</p>}
    </form>
  );
}
