'use client';

import { ReactFlowProvider } from '@xyflow/react';
import { AnalysisProvider } from '@/lib/client/analysis/context';
import { CommentsPanel } from '../comments/CommentsPanel';
import { CommentsToggle } from '../comments/CommentsToggle';
import { ReadOnlyBanner } from '../sharing/ReadOnlyBanner';
import { CollabNotices } from './collab/CollabNotices';
import { DesignerHeader } from './DesignerHeader';
import { Inspector } from './Inspector';
import { NavigableCanvas } from './navigation/NavigableCanvas';
import { ProblemsPanel } from './problems/ProblemsPanel';
import { ProblemsToggle } from './problems/ProblemsToggle';
import { SaveProblem } from './SaveProblem';
import { useWarnBeforeLeaving } from './use-warn-before-leaving';

export function DesignerLayout() {
  useWarnBeforeLeaving();
  return (
    // The server-side design check runs for the whole designer: the panel lists it, table nodes show its badges.
    <AnalysisProvider>
      <div className="flex h-full flex-col">
        <DesignerHeader />
        <ReadOnlyBanner />
        <CollabNotices />
        <SaveProblem />
        <div className="flex min-h-0 flex-1">
          <ReactFlowProvider>
            <main className="relative min-w-0 flex-1" aria-label="Canvas">
              {/* The canvas plus the navigation layer (toolbar, search, focus, minimap, help). */}
              <NavigableCanvas />
              <div className="absolute bottom-4 left-14 z-10 flex gap-2"><ProblemsToggle /><CommentsToggle /></div>
            </main>
            {/* Inside the provider: clicking a finding centres its table. */}
            <ProblemsPanel />
            {/* Comments: clicking a thread's target centres its table too. */}
            <CommentsPanel />
          </ReactFlowProvider>
          <Inspector />
        </div>
      </div>
    </AnalysisProvider>
  );
}
