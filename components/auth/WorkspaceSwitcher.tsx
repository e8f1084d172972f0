'use client';

import { useSession } from './use-session';

/**
 * Which workspace the home screen (and new diagrams, imports, connections) act
 * in. The choice is a preference the server checks against membership.
 */
export function WorkspaceSwitcher({ onSwitched }: { onSwitched: () => void }) {
  const session = useSession((s) => s.session);
  const switchWorkspace = useSession((s) => s.switchWorkspace);
  if (!session || session.kind !== 'user' || session.workspaces.length === 0) return null;

  return (
    <label className="flex items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
      <span className="sr-only">Workspace</span>
      <select
        aria-label="Workspace"
        value={session.currentWorkspaceId ?? ''}
        onChange={async (event) => {
          await switchWorkspace(event.target.value);
          onSwitched();
        }}
        className="h-8 max-w-56 truncate rounded-md border border-zinc-300 bg-white px-2 text-sm text-zinc-800 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100"
      >
        {session.workspaces.map((w) => (
          <option key={w.id} value={w.id}>{w.name} ({w.role})</option>
        ))}
      </select>
    </label>
  );
}
