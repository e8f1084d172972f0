import { MigrationsScreen } from '@/components/migrations/MigrationsScreen';

export default async function MigrationsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <MigrationsScreen diagramId={id} />;
}
