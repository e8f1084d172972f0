/** Where the account pages send people, and back. Browser-only. */

const ACCOUNT_PAGES = ['/sign-in', '/sign-up', '/setup'];

/** `/sign-in?next=<path>`; `next` only ever names a path on this site. */
export function signInUrl(next: string): string {
  return `/sign-in?next=${encodeURIComponent(safeNext(next))}`;
}

/** A `next` parameter reduced to a local path (never another site, never an account page). */
export function safeNext(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  return ACCOUNT_PAGES.some((page) => raw === page || raw.startsWith(`${page}?`)) ? '/' : raw;
}

/** A 401 from the API: the session ended or access control just turned on. Go sign in, then come back here. */
export function sendToSignIn(): void {
  if (typeof window === 'undefined') return;
  const here = `${window.location.pathname}${window.location.search}`;
  if (ACCOUNT_PAGES.includes(window.location.pathname)) return;
  window.location.assign(signInUrl(here));
}

/** The workspace requests act in when they name none: a preference cookie the server checks against membership. */
export function chooseWorkspace(workspaceId: string): void {
  document.cookie = `tablecraft_workspace=${encodeURIComponent(workspaceId)}; Path=/; SameSite=Lax; Max-Age=${60 * 60 * 24 * 365}`;
}
