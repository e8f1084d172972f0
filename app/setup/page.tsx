import { SetupScreen } from '@/components/auth/SetupScreen';

export default function SetupPage() {
  return <SetupScreen />;
}
