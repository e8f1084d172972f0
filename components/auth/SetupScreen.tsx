'use client';

import Link from 'next/link';
import { AccountForm } from './AccountForm';
import { AuthCard } from './AuthCard';
import { useSession } from './use-session';

/** The first-run flow: the owner account, who takes over everything made so far. */
export function SetupScreen() {
  const setup = useSession((s) => s.setup);
  const session = useSession((s) => s.session);

  if (session?.ownerExists) {
    return (
      <AuthCard title="The owner account exists" lead="This server has been set up already.">
        <p>
          <Link href="/sign-in" className="font-medium text-indigo-600 hover:underline">Sign in</Link>, or ask the owner to invite you.
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="Create the owner account"
      lead="You become the owner of the Default workspace, with every diagram and connection made so far. Then invite people with roles; as long as you are the only account and no share link exists, this browser does not need to sign in."
    >
      <AccountForm
        withName
        submitLabel="Create owner account"
        busyLabel="Creating…"
        onSubmit={async (fields) => {
          const result = await setup(fields);
          if (result.ok) window.location.assign('/');
          return result;
        }}
      />
    </AuthCard>
  );
}
