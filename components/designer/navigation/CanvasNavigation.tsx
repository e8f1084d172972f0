'use client';

import { MiniMap, Panel, useStore, type ReactFlowState } from '@xyflow/react';
import { useDeferredValue } from 'react';
import { OVERVIEW_BELOW_ZOOM } from '@/lib/canvas/level-of-detail';
import { useDesigner } from '@/lib/client/designer/context';
import { useView } from '@/lib/client/view/context';
import { minimapShown } from '@/lib/client/view/view-store';
import { ColumnHighlight } from './ColumnHighlight';
import { FirstRunHint } from './FirstRunHint';
import { FocusChip } from './FocusChip';
import { HelpDialog } from './HelpDialog';
import { NavigationToolbar } from './NavigationToolbar';
import { SearchPalette } from './SearchPalette';
import { TablesPanel } from './TablesPanel';
import { useNavigationActions } from './use-navigation-actions';
import { useNavigationShortcuts } from './use-navigation-shortcuts';

const inOverview = (s: ReactFlowState) => s.transform[2] < OVERVIEW_BELOW_ZOOM;

/** Everything the navigation half draws on the canvas; rendered inside <ReactFlow>. */
export function CanvasNavigation() {
  const actions = useNavigationActions();
  useNavigationShortcuts(actions);
  const tableCount = useDesigner((s) => s.document.tables.length);
  // The zoomed-out overview hides the table nodes the minimap draws from; it is a map of the diagram itself.
  // Deferred: zooming in out of the overview mounts the table nodes first, the minimap's 500 shapes a frame later.
  const overview = useDeferredValue(useStore(inOverview));
  const minimap = useView((s) => minimapShown(s.minimap, tableCount)) && !overview;

  return (
    <>
      <Panel position="top-right" className="flex flex-col items-end gap-2">
        <NavigationToolbar actions={actions} />
        <TablesPanel />
      </Panel>
      <Panel position="top-center">
        <FocusChip />
      </Panel>
      <Panel position="bottom-center">
        <FirstRunHint />
      </Panel>
      {minimap && <MiniMap pannable zoomable position="bottom-right" ariaLabel="Minimap" className="tc-minimap" />}
      <SearchPalette onPick={actions.jumpTo} />
      <HelpDialog />
      <ColumnHighlight />
    </>
  );
}
