import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Link not active · Tablecraft', referrer: 'no-referrer' };

/** Where /s/<token> sends a link that is unknown, revoked or expired — deliberately the same page for all three. */
export default function InvalidShareLinkPage() {
  return (
    <main className="mx-auto max-w-lg px-6 py-24">
      <h1 className="text-lg font-semibold">This link is invalid or no longer active</h1>
      <p className="mt-3 text-zinc-600 dark:text-zinc-400">
        The share link you opened does not lead to a diagram any more: it may have been revoked, it may have expired,
        or it was copied incompletely. Ask the person who shared it with you for a new link.
      </p>
    </main>
  );
}
