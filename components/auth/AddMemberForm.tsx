'use client';

import { useState, type FormEvent } from 'react';
import { MEMBER_ROLES, type MemberRole } from '@/lib/api/auth-requests';
import type { Result } from '@/lib/result';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';
import { ROLE_SELECT } from './RoleSelect';

/** Owners add people by email: an existing account joins now, anyone else is invited. */
export function AddMemberForm({ onAdd }: { onAdd: (email: string, role: MemberRole) => Promise<Result<string, string>> }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MemberRole>('editor');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await onAdd(email, role);
    setBusy(false);
    setOutcome(result.ok ? { ok: true, text: result.value } : { ok: false, text: result.error });
    if (result.ok) setEmail('');
  };

  return (
    <form onSubmit={submit} aria-label="Add a member" className="flex flex-wrap items-end gap-3">
      <TextField label="Email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} className="min-w-64 flex-1" required />
      <label className="text-xs font-medium text-zinc-700 dark:text-zinc-300">
        Role
        <select aria-label="Role" value={role} onChange={(e) => setRole(e.target.value as MemberRole)} className={`mt-1.5 block ${ROLE_SELECT}`}>
          {MEMBER_ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
        </select>
      </label>
      <Button type="submit" variant="primary" disabled={busy || email.trim() === ''}>{busy ? 'Adding…' : 'Add'}</Button>
      {outcome && (
        <p role={outcome.ok ? 'status' : 'alert'} className={`w-full text-xs ${outcome.ok ? 'text-emerald-700 dark:text-emerald-400' : 'text-red-600'}`}>{outcome.text}</p>
      )}
    </form>
  );
}
