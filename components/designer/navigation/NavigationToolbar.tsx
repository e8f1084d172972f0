'use client';

import { useState, type ReactNode } from 'react';
import { useDesigner, useReadOnly } from '@/lib/client/designer/context';
import { useView } from '@/lib/client/view/context';
import { minimapShown } from '@/lib/client/view/view-store';
import { useTheme } from '@/lib/client/view/theme-store';
import { ExportMenu } from './ExportMenu';
import { ExportFormatsMenu } from './ExportFormatsMenu';
import { isMac, shortcutLabel } from './shortcut-label';
import type { NavigationActions } from './use-navigation-actions';

/** The canvas toolbar (top right): search, fit, layout, focus, tables, minimap, export, help. */
export function NavigationToolbar({ actions }: { actions: NavigationActions }) {
  const open = useView((s) => s.open);
  const overlay = useView((s) => s.overlay);
  const close = useView((s) => s.close);
  const focus = useView((s) => s.focus);
  const tableCount = useDesigner((s) => s.document.tables.length);
  const hasSelection = useDesigner((s) => s.selectedTableId !== null);
  const minimap = useView((s) => minimapShown(s.minimap, tableCount));
  const theme = useTheme();
  const [layingOut, setLayingOut] = useState(false);
  const readOnly = useReadOnly(); // auto-layout moves tables: an edit
  const mac = isMac();

  const runLayout = async () => {
    setLayingOut(true);
    try {
      await actions.autoLayout();
    } finally {
      setLayingOut(false);
    }
  };

  return (
    <div role="toolbar" aria-label="Canvas navigation" className="flex items-center gap-0.5 rounded-lg bg-white p-1 shadow-md ring-1 ring-zinc-200 dark:bg-zinc-900 dark:ring-zinc-700">
      <ToolButton label="Search" shortcut={shortcutLabel('search', mac)} onClick={() => open('search')}>
        <svg {...ICON}><circle cx="11" cy="11" r="6" /><path d="M20 20l-4.5-4.5" /></svg>
      </ToolButton>
      <ToolButton label="Zoom to fit" shortcut={shortcutLabel('zoomToFit', mac)} onClick={actions.zoomToFit}>
        <svg {...ICON}><path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" /></svg>
      </ToolButton>
      {!readOnly && <ToolButton label={layingOut ? 'Laying out…' : 'Auto-layout'} name="Auto-layout" shortcut={shortcutLabel('autoLayout', mac)} disabled={layingOut || tableCount === 0} onClick={runLayout}>
        <svg {...ICON}><rect x="3" y="4" width="6" height="5" rx="1" /><rect x="15" y="4" width="6" height="5" rx="1" /><rect x="15" y="15" width="6" height="5" rx="1" /><path d="M9 6.5h6M12 6.5v11h3" /></svg>
      </ToolButton>}
      <ToolButton label={focus ? 'Leave focus mode' : 'Focus on selected table'} name="Focus" shortcut={shortcutLabel('focus', mac)} pressed={focus !== null} disabled={!focus && !hasSelection} onClick={actions.toggleFocus}>
        <svg {...ICON}><circle cx="12" cy="12" r="3" /><path d="M12 3v3M12 18v3M3 12h3M18 12h3" /></svg>
      </ToolButton>
      <ToolButton label="Show or hide tables" name="Tables" pressed={overlay === 'tables'} onClick={() => (overlay === 'tables' ? close() : open('tables'))}>
        <svg {...ICON}><path d="M4 6h16M4 12h16M4 18h10" /></svg>
      </ToolButton>
      <ToolButton label={minimap ? 'Hide minimap' : 'Show minimap'} name="Minimap" shortcut={shortcutLabel('toggleMinimap', mac)} pressed={minimap} onClick={actions.toggleMinimap}>
        <svg {...ICON}><rect x="3" y="5" width="18" height="14" rx="2" /><rect x="12" y="11" width="6" height="5" rx="1" /></svg>
      </ToolButton>
      <ExportMenu onExport={(format) => actions.exportImage(format, theme)} disabled={tableCount === 0} />
      <ExportFormatsMenu />
      <ToolButton label="Keyboard shortcuts" shortcut="?" onClick={() => open('help')}>
        <svg {...ICON}><circle cx="12" cy="12" r="9" /><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5V14M12 17.5v.01" /></svg>
      </ToolButton>
    </div>
  );
}


export const ICON = {
  width: 16, height: 16, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 1.8,
  strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true,
} as const;

export function ToolButton({
  label, name, shortcut, pressed, disabled, onClick, children,
}: {
  /** The tooltip; also the accessible name unless `name` is given. */
  label: string;
  /** A stable accessible name when the tooltip changes with state. */
  name?: string;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-label={name ?? label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      onClick={onClick}
      className={`flex h-8 w-8 items-center justify-center rounded-md text-zinc-600 transition-colors hover:bg-zinc-100 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-indigo-600 disabled:pointer-events-none disabled:opacity-40 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white ${
        pressed ? 'bg-indigo-50 text-indigo-700 dark:bg-indigo-950 dark:text-indigo-300' : ''
      }`}
    >
      {children}
    </button>
  );
}
