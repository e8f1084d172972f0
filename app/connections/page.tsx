import { ConnectionsScreen } from '@/components/live/ConnectionsScreen';

export default function ConnectionsPage() {
  return <ConnectionsScreen />;
}
