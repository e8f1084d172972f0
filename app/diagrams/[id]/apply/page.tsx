import { ApplyScreen } from '@/components/live/ApplyScreen';

export default async function ApplyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ApplyScreen diagramId={id} />;
}
