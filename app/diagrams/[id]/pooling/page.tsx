import { PoolingScreen } from '@/components/pooling/PoolingScreen';

export default async function PoolingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <PoolingScreen diagramId={id} />;
}
