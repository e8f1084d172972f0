import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { DesignerScreen } from '@/components/designer/DesignerScreen';
import { getStorage } from '@/lib/server/db/singleton';
import { holdsStaleShareLink } from '@/lib/server/sharing/page-guard';
import { INVALID_SHARE_LINK_PATH } from '@/lib/server/sharing/visit';

export default async function DiagramPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // A revoked or expired share link gets the same answer here as at /s/<token>.
  const jar = await cookies();
  if (await holdsStaleShareLink((await getStorage()).db, (name) => jar.get(name)?.value)) redirect(INVALID_SHARE_LINK_PATH);
  return <DesignerScreen diagramId={id} />;
}
