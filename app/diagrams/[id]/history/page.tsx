import { HistoryScreen } from '@/components/history/HistoryScreen';
import { parseHistoryView } from '@/lib/client/history/view-url';

export default async function HistoryPage({ params, searchParams }: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  return <HistoryScreen diagramId={id} view={parseHistoryView(await searchParams)} />;
}
