'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useDropdown } from '../designer/navigation/use-dropdown';
import { useSession } from './use-session';

const LINK = 'rounded-md px-2.5 py-1.5 text-sm font-medium text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800';
const ITEM = 'block w-full rounded-md px-3 py-1.5 text-left text-zinc-700 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-800';

const SINGLE_USER = 'Single-user mode — create an owner account to invite people';

/**
 * Who is signed in, in which workspace, and the way out. In the open
 * single-user mode it is a quiet way to set up accounts instead (`compact`: a
 * short label, for the crowded designer header).
 */
export function AccountMenu({ compact = false }: { compact?: boolean }) {
  const session = useSession((s) => s.session);
  const signOut = useSession((s) => s.signOut);
  const { open, setOpen, root } = useDropdown();
  const [problem, setProblem] = useState<string | null>(null);

  if (!session) return null;
  if (session.kind === 'local') {
    return (
      <Link
        href="/setup"
        title={SINGLE_USER}
        aria-label={SINGLE_USER}
        className="whitespace-nowrap rounded-md px-2 py-1 text-xs text-zinc-500 hover:bg-zinc-100 hover:text-zinc-800 dark:hover:bg-zinc-800 dark:hover:text-zinc-200"
      >
        {compact ? 'Single-user' : SINGLE_USER}
      </Link>
    );
  }
  if (session.kind !== 'user' || !session.user) {
    return (
      <span className="flex items-center gap-2 text-sm">
        {session.kind === 'share' && <span className="text-zinc-500">Guest with a link</span>}
        <Link href="/sign-in" className={LINK}>Sign in</Link>
      </span>
    );
  }

  const user = session.user;
  const workspace = session.workspaces.find((w) => w.id === session.currentWorkspaceId) ?? null;
  const leave = async () => {
    setOpen(false);
    const result = await signOut();
    if (result.ok) window.location.assign('/sign-in');
    else setProblem(`Could not sign out: ${result.error}`);
  };

  return (
    <div ref={root} className="relative">
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={`Account: ${user.name}`}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => { if (event.key === 'Escape') setOpen(false); }}
        className="flex h-8 items-center gap-2 rounded-full pl-1 pr-2.5 text-sm font-medium text-zinc-700 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-800"
      >
        <span aria-hidden="true" className="flex h-6 w-6 items-center justify-center rounded-full bg-indigo-600 text-xs font-semibold uppercase text-white">{user.name.slice(0, 1)}</span>
        <span className="max-w-32 truncate">{user.name}</span>
      </button>
      {open && (
        <div role="menu" aria-label="Account" className="absolute right-0 top-full z-20 mt-1 w-64 rounded-lg bg-white p-1 text-sm shadow-lg ring-1 ring-zinc-200 dark:bg-zinc-900 dark:ring-zinc-700">
          <div className="px-3 pb-2 pt-1.5">
            <p className="truncate font-medium">{user.name}</p>
            <p className="truncate text-xs text-zinc-500">{user.email}</p>
            {workspace && <p className="mt-1 truncate text-xs text-zinc-500">{workspace.name} · {workspace.role}</p>}
          </div>
          {workspace && (
            <Link role="menuitem" href={`/workspaces/${workspace.id}/members`} className={ITEM} onClick={() => setOpen(false)}>
              {workspace.role === 'owner' ? 'Members and invitations' : 'Members'}
            </Link>
          )}
          {session.signedIn
            ? <button type="button" role="menuitem" onClick={leave} className={ITEM}>Sign out</button>
            : <Link role="menuitem" href="/sign-in" className={ITEM}>Sign in as someone else</Link>}
        </div>
      )}
      {problem && <p role="alert" className="absolute right-0 top-full mt-1 w-64 rounded-md bg-red-50 px-2 py-1 text-xs text-red-700 shadow ring-1 ring-red-200">{problem}</p>}
    </div>
  );
}
