import type { Database } from '../db/prisma';
import { anyShareLinkMade } from '../sharing/resolve';
import type { SessionUser } from './sessions';
import { authRequired } from './settings';

/**
 * Whether a request without credentials is let in, decided per request from the
 * database — several app instances share it, and a revoked link or a second
 * account must take effect at once, so nothing is cached.
 *   open         nobody has an account and no share link was ever made: everyone is the local owner
 *   single-user  one account, no share link ever made: a request without a session acts as that account
 *   enforced     two or more accounts, any share link (revoked and expired ones too), or TABLECRAFT_AUTH=required
 */
export type AccessMode =
  | { readonly kind: 'open' }
  | { readonly kind: 'single-user'; readonly user: SessionUser }
  | { readonly kind: 'enforced'; readonly reason: 'required' | 'accounts' | 'share_link' };

/** At most two small queries: up to two users, then whether any link exists. */
export async function accessMode(db: Database): Promise<AccessMode> {
  if (authRequired()) return { kind: 'enforced', reason: 'required' };
  const users = await db.user.findMany({ select: { id: true, email: true, name: true }, orderBy: { createdAt: 'asc' }, take: 2 });
  if (users.length >= 2) return { kind: 'enforced', reason: 'accounts' };
  if (await anyShareLinkMade(db)) return { kind: 'enforced', reason: 'share_link' };
  const [only] = users;
  return only ? { kind: 'single-user', user: only } : { kind: 'open' };
}
