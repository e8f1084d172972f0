'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { createMembersStore } from '@/lib/client/auth/members-store';
import { ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { ArrowLeftIcon } from '../ui/icons';
import { AccountMenu } from './AccountMenu';
import { AddMemberForm } from './AddMemberForm';
import { ROLE_HELP, RoleSelect } from './RoleSelect';

/** A workspace's members and pending invitations; owners add, change and remove. */
export function MembersScreen({ workspaceId }: { workspaceId: string }) {
  const [store] = useState(() => createMembersStore(workspaceId));
  const data = useStore(store, (s) => s.data);
  const error = useStore(store, (s) => s.error);
  useEffect(() => {
    void store.getState().load();
  }, [store]);

  const owner = data?.workspace.role === 'owner';
  const actions = store.getState();

  return (
    <div className="min-h-full">
      <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        <div className="mx-auto flex h-14 max-w-4xl items-center justify-between px-6">
          <Link href="/" className="flex items-center gap-1.5 rounded-md px-2 py-1.5 text-zinc-600 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-800">
            <ArrowLeftIcon /> <span>Diagrams</span>
          </Link>
          <AccountMenu />
        </div>
      </header>
      <main className="mx-auto max-w-4xl space-y-8 px-6 py-10">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">{data ? `Members of ${data.workspace.name}` : 'Members'}</h1>
          <p className="mt-1 text-zinc-600 dark:text-zinc-400">
            {owner ? 'Add people by email with a role. A workspace always keeps at least one owner.' : 'Only owners can change who is here.'}
          </p>
        </div>
        {error && <ErrorAlert onDismiss={() => actions.dismissError()}>{error}</ErrorAlert>}
        {owner && <AddMemberForm onAdd={(email, role) => actions.add(email, role)} />}
        {data === null ? (
          !error && <p className="text-zinc-500" aria-live="polite">Loading members…</p>
        ) : (
          <>
            <section aria-labelledby="members-title">
              <h2 id="members-title" className="mb-2 font-semibold">Members</h2>
              <ul className="divide-y divide-zinc-200 rounded-lg bg-white ring-1 ring-zinc-200 dark:divide-zinc-800 dark:bg-zinc-900 dark:ring-zinc-800">
                {data.members.map((m) => (
                  <li key={m.userId} aria-label={m.email} className="flex items-center gap-4 px-4 py-3">
                    <div className="min-w-0 flex-1">
                      <p className="truncate font-medium">{m.name}</p>
                      <p className="truncate text-xs text-zinc-500">{m.email}</p>
                    </div>
                    {owner ? (
                      <>
                        <RoleSelect label={`Role of ${m.email}`} value={m.role} onChange={(role) => void actions.changeRole(m.userId, role)} />
                        <Button variant="ghost" size="sm" aria-label={`Remove ${m.email}`} onClick={() => void actions.remove(m.userId)}>Remove</Button>
                      </>
                    ) : (
                      <span className="text-zinc-600 dark:text-zinc-400" title={ROLE_HELP[m.role]}>{m.role}</span>
                    )}
                  </li>
                ))}
              </ul>
            </section>
            {data.invitations.length > 0 && (
              <section aria-labelledby="invitations-title">
                <h2 id="invitations-title" className="mb-2 font-semibold">Pending invitations</h2>
                <p className="mb-2 text-xs text-zinc-500">They join when they sign up with this email{' '}(even when sign-up is closed).</p>
                <ul className="divide-y divide-zinc-200 rounded-lg bg-white ring-1 ring-zinc-200 dark:divide-zinc-800 dark:bg-zinc-900 dark:ring-zinc-800">
                  {data.invitations.map((i) => (
                    <li key={i.email} aria-label={`Invitation for ${i.email}`} className="flex items-center gap-4 px-4 py-3">
                      <p className="min-w-0 flex-1 truncate">{i.email}</p>
                      <span className="text-zinc-600 dark:text-zinc-400">{i.role}</span>
                      {owner && <Button variant="ghost" size="sm" aria-label={`Cancel the invitation for ${i.email}`} onClick={() => void actions.revokeInvitation(i.email)}>Cancel</Button>}
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </>
        )}
      </main>
    </div>
  );
}
