import { MembersScreen } from '@/components/auth/MembersScreen';

export default async function MembersPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <MembersScreen workspaceId={id} />;
}
