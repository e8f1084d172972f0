'use client';

import Link from 'next/link';
import { safeNext } from '@/lib/client/auth/navigation';
import { AccountForm } from './AccountForm';
import { AuthCard } from './AuthCard';
import { useSession } from './use-session';

export function SignUpScreen({ next }: { next?: string }) {
  const signUp = useSession((s) => s.signUp);
  const session = useSession((s) => s.session);
  const closed = session?.signUpOpen === false;

  return (
    <AuthCard
      title="Create an account"
      lead={closed
        ? 'Sign-up is limited to invited emails on this server: use the address a workspace owner invited.'
        : 'You get your own workspace, and join every workspace that invited your email.'}
      footer={<>Have an account? <Link href="/sign-in" className="font-medium text-indigo-600 hover:underline">Sign in</Link></>}
    >
      <AccountForm
        withName
        submitLabel="Create account"
        busyLabel="Creating account…"
        onSubmit={async (fields) => {
          const result = await signUp(fields);
          if (result.ok) window.location.assign(safeNext(next));
          return result;
        }}
      />
    </AuthCard>
  );
}
