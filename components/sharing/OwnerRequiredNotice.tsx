import Link from 'next/link';

/** Shown instead of making a link while nobody has an account: the first link would lock the local user out. */
export function OwnerRequiredNotice() {
  return (
    <div role="alert" aria-label="Owner account needed" className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-200">
      <p className="font-medium">Create the owner account first.</p>
      <p className="mt-1">
        Tablecraft is running without accounts. A share link turns access control on, and without an owner account
        nobody could sign in to manage this diagram any more. Create the owner account, then come back to share.
      </p>
      <Link href="/setup" className="mt-2 inline-block font-medium text-indigo-700 hover:underline dark:text-indigo-300">Create the owner account →</Link>
    </div>
  );
}
