'use client';

import { MEMBER_ROLES, type MemberRole } from '@/lib/api/auth-requests';

export const ROLE_SELECT = 'h-9 rounded-md border border-zinc-300 bg-white px-2 text-sm dark:border-zinc-700 dark:bg-zinc-950';

/** What each role may do, in the words the roles table of the README uses. */
export const ROLE_HELP: Record<MemberRole, string> = {
  owner: 'everything, plus members, share links, deleting and connection settings',
  editor: 'change diagrams, versions, connections and live databases',
  commenter: 'read and comment',
  viewer: 'read only',
};

export function RoleSelect({ label, value, onChange, disabled }: { label: string; value: MemberRole; onChange: (role: MemberRole) => void; disabled?: boolean }) {
  return (
    <select aria-label={label} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as MemberRole)} className={ROLE_SELECT}>
      {MEMBER_ROLES.map((r) => <option key={r} value={r} title={ROLE_HELP[r]}>{r}</option>)}
    </select>
  );
}
