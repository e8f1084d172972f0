import { DesignerScreen } from '@/components/designer/DesignerScreen';

export default async function DiagramPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <DesignerScreen diagramId={id} />;
}
