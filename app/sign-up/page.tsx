import { SignUpScreen } from '@/components/auth/SignUpScreen';

export const dynamic = 'force-dynamic';

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  return <SignUpScreen next={typeof next === 'string' ? next : undefined} />;
}
