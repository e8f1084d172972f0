'use client';

import { useStore } from 'zustand';
import type { ShareLinkDto, ShareLinkStatus } from '@/lib/api/share-dto';
import type { ShareStore } from '@/lib/client/sharing/share-store';
import { timeAgo } from '@/lib/client/format-time';
import { Button } from '../ui/Button';

const STATUS_STYLE: Record<ShareLinkStatus, string> = {
  active: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300',
  expired: 'bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400',
  revoked: 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300',
};

/** The diagram's links with their status; tokens are never listed (only shown once, when made). */
export function ShareLinkList({ store }: { store: ShareStore }) {
  const links = useStore(store, (s) => s.links);
  const loading = useStore(store, (s) => s.loading);
  if (links === null) return loading ? <p role="status" className="text-sm text-zinc-500">Loading links…</p> : null;
  if (links.length === 0) return <p className="text-sm text-zinc-500">No share links yet.</p>;
  return (
    <table aria-label="Share links" className="w-full text-left text-xs">
      <thead className="text-zinc-500">
        <tr><th className="py-1 font-medium">Link</th><th className="font-medium">Role</th><th className="font-medium">Status</th><th className="font-medium">Made</th><th className="font-medium">Expires</th><th /></tr>
      </thead>
      <tbody>
        {links.map((link) => <LinkRow key={link.id} link={link} onRevoke={() => void store.getState().revoke(link.id)} />)}
      </tbody>
    </table>
  );
}

function LinkRow({ link, onRevoke }: { link: ShareLinkDto; onRevoke: () => void }) {
  const name = link.label ?? `${link.role} link`;
  return (
    <tr aria-label={`Share link ${name}`} className="border-t border-zinc-100 dark:border-zinc-800">
      <td className="py-1.5 pr-2">{name}</td>
      <td className="pr-2">{link.role}</td>
      <td className="pr-2"><span className={`rounded px-1.5 py-0.5 font-medium ${STATUS_STYLE[link.status]}`}>{link.status}</span></td>
      <td className="pr-2" title={link.createdAt}>{timeAgo(link.createdAt)}{link.createdBy ? ` by ${link.createdBy.name}` : ''}</td>
      <td className="pr-2" title={link.expiresAt ?? undefined}>{link.expiresAt ? new Date(link.expiresAt).toLocaleString() : 'never'}</td>
      <td className="text-right">
        {link.status === 'active' && link.canRevoke && (
          <Button size="sm" variant="ghost" aria-label={`Revoke ${name}`} onClick={onRevoke}>Revoke</Button>
        )}
      </td>
    </tr>
  );
}
