'use client';

import Link from 'next/link';
import { safeNext } from '@/lib/client/auth/navigation';
import { AccountForm } from './AccountForm';
import { AuthCard } from './AuthCard';
import { useSession } from './use-session';

export function SignInScreen({ next }: { next?: string }) {
  const signIn = useSession((s) => s.signIn);
  const session = useSession((s) => s.session);
  const target = safeNext(next);

  return (
    <AuthCard
      title="Sign in"
      lead="Access control is on for this Tablecraft server."
      footer={session?.ownerExists === false
        ? <>No account exists yet. <Link href="/setup" className="font-medium text-indigo-600 hover:underline">Create the owner account</Link></>
        : session?.signUpOpen !== false && <>New here? <Link href={`/sign-up${next ? `?next=${encodeURIComponent(target)}` : ''}`} className="font-medium text-indigo-600 hover:underline">Create an account</Link></>}
    >
      <AccountForm
        withName={false}
        submitLabel="Sign in"
        busyLabel="Signing in…"
        onSubmit={async ({ email, password }) => {
          const result = await signIn(email, password);
          // A full load: every store on the next page starts with the new session.
          if (result.ok) window.location.assign(target);
          return result;
        }}
      />
    </AuthCard>
  );
}
