'use client';

import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from './Canvas';
import { ConflictBanner } from './ConflictBanner';
import { DesignerHeader } from './DesignerHeader';
import { Inspector } from './Inspector';
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
            <Canvas />
          </main>
        </ReactFlowProvider>
        <Inspector />
      </div>
    </div>
  );
}
