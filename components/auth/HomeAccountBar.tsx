'use client';

import { AccountMenu } from './AccountMenu';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';

/** The home screen's account corner: the workspace switcher and the account menu. */
export function HomeAccountBar({ onWorkspaceChange }: { onWorkspaceChange: () => void }) {
  return (
    <div className="flex items-center gap-2">
      <WorkspaceSwitcher onSwitched={onWorkspaceChange} />
      <AccountMenu />
    </div>
  );
}
