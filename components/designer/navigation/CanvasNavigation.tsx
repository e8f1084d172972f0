'use client';

import { MiniMap, Panel } from '@xyflow/react';
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

/** Everything the navigation half draws on the canvas; rendered inside <ReactFlow>. */
export function CanvasNavigation() {
  const actions = useNavigationActions();
  useNavigationShortcuts(actions);
  const tableCount = useDesigner((s) => s.document.tables.length);
  const minimap = useView((s) => minimapShown(s.minimap, tableCount));

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
