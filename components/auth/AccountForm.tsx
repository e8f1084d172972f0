'use client';

import { useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH } from '@/lib/api/auth-requests';
import type { Result } from '@/lib/result';
import type { FormFailure } from '@/lib/client/auth/session-store';
import { ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';

export interface AccountFields {
  email: string;
  name: string;
  password: string;
}

/**
 * Email (+ name) + password, for signing in, signing up and the first-run
 * owner. The server checks everything again; the browser only keeps obvious
 * mistakes from a round trip.
 */
export function AccountForm({
  withName,
  submitLabel,
  busyLabel,
  onSubmit,
  initialEmail = '',
}: {
  withName: boolean;
  submitLabel: string;
  busyLabel: string;
  onSubmit: (fields: AccountFields) => Promise<Result<null, FormFailure>>;
  initialEmail?: string;
}) {
  const [fields, setFields] = useState<AccountFields>({ email: initialEmail, name: '', password: '' });
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof AccountFields) => (event: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (withName && fields.password.length < MIN_PASSWORD_LENGTH) {
      setFailure({ message: 'Choose a longer password.', fields: { password: `password must be at least ${MIN_PASSWORD_LENGTH} characters` } });
      return;
    }
    setBusy(true);
    setFailure(null);
    const result = await onSubmit(fields);
    setBusy(false);
    if (!result.ok) setFailure(result.error);
  };

  const fieldError = (key: string) => failure?.fields[key] ?? null;
  const general = failure && Object.keys(failure.fields).length === 0 ? failure.message : null;

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {general && <ErrorAlert>{general}</ErrorAlert>}
      <TextField label="Email" type="email" autoComplete="email" required value={fields.email} onChange={set('email')} error={fieldError('email')} />
      {withName && <TextField label="Name" autoComplete="name" required value={fields.name} onChange={set('name')} error={fieldError('name')} hint="How others see you in comments and presence." />}
      <TextField
        label="Password"
        type="password"
        autoComplete={withName ? 'new-password' : 'current-password'}
        required
        value={fields.password}
        onChange={set('password')}
        error={fieldError('password')}
        hint={withName ? `At least ${MIN_PASSWORD_LENGTH} characters.` : undefined}
      />
      <Button type="submit" variant="primary" className="w-full" disabled={busy}>{busy ? busyLabel : submitLabel}</Button>
    </form>
  );
}
