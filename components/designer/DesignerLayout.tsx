'use client';

import { ReactFlowProvider } from '@xyflow/react';
import { ConflictBanner } from './ConflictBanner';
import { DesignerHeader } from './DesignerHeader';
import { Inspector } from './Inspector';
import { NavigableCanvas } from './navigation/NavigableCanvas';
import { SaveProblem } from './SaveProblem';
import { useWarnBeforeLeaving } from './use-warn-before-leaving';

export function DesignerLayout() {
  useWarnBeforeLeaving();
  return (
    <div className="flex h-full flex-col">
      <DesignerHeader />
      <ConflictBanner />
      <SaveProblem />
      <div className="flex min-h-0 flex-1">
        <ReactFlowProvider>
          <main className="relative min-w-0 flex-1" aria-label="Canvas">
            {/* The canvas plus the navigation layer (toolbar, search, focus, minimap, help). */}
            <NavigableCanvas />
          </main>
        </ReactFlowProvider>
        <Inspector />
      </div>
    </div>
  );
}
