import { SignInScreen } from '@/components/auth/SignInScreen';

export const dynamic = 'force-dynamic';

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  return <SignInScreen next={typeof next === 'string' ? next : undefined} />;
}
