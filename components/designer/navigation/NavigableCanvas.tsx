'use client';

import { useCallback, useMemo } from 'react';
import { tablesHiddenByFocus } from '@/lib/layout/visibility';
import { useDesigner } from '@/lib/client/designer/context';
import { useView } from '@/lib/client/view/context';
import { useTheme } from '@/lib/client/view/theme-store';
import { Canvas } from '../Canvas';
import type { CanvasView } from './canvas-view';
import { CanvasNavigation } from './CanvasNavigation';
import { useNavigationActions } from './use-navigation-actions';

/** The canvas with the navigation layer on it: toolbar, search, focus, minimap, help. */
export function NavigableCanvas() {
  const colorMode = useTheme();
  const focus = useView((s) => s.focus);
  const renderEverything = useView((s) => s.exporting);
  const tables = useDesigner((s) => s.document.tables);
  const relationships = useDesigner((s) => s.document.relationships);
  const hiddenTableIds = useMemo(() => tablesHiddenByFocus({ tables, relationships }, focus), [tables, relationships, focus]);
  // A table clicked in the zoomed-out overview is opened as a search hit is: selected and centred, readable.
  const { jumpTo } = useNavigationActions();
  const onPickTable = useCallback((tableId: string) => void jumpTo({ tableId, columnId: null }), [jumpTo]);
  const view = useMemo<CanvasView>(
    () => ({ colorMode, hiddenTableIds, renderEverything, onPickTable }),
    [colorMode, hiddenTableIds, renderEverything, onPickTable],
  );
  return (
    <Canvas view={view}>
      <CanvasNavigation />
    </Canvas>
  );
}
