import { RehearsalScreen } from '@/components/rehearsal/RehearsalScreen';

export default async function RehearsalPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <RehearsalScreen diagramId={id} />;
}
