'use client';

import { useEffect } from 'react';
import { shortcutFor, type ShortcutId } from '@/lib/layout/shortcuts';
import { useViewStore } from '@/lib/client/view/context';
import { toggleTheme } from '@/lib/client/view/theme-store';
import type { NavigationActions } from './use-navigation-actions';

/** Typing in a field is typing, not a shortcut (except ⌘K, which works from anywhere). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useNavigationShortcuts(actions: NavigationActions): void {
  const view = useViewStore();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const id = shortcutFor(event);
      if (!id) return;
      const { overlay, open, close, focus, setFocus } = view.getState();
      if (id === 'search') {
        event.preventDefault();
        if (overlay === 'search') close();
        else open('search');
        return;
      }
      // A modal dialog owns the keyboard (and closes itself on Escape).
      if (isTyping(event.target) || overlay === 'search' || overlay === 'help') return;
      // The editing shortcuts (T, ⌘Z, Delete, …) are handled by the editor; listed here so none is forgotten.
      const run: Record<Exclude<ShortcutId, 'search'>, (() => unknown) | undefined> = {
        help: () => open('help'),
        zoomToFit: actions.zoomToFit,
        zoomIn: actions.zoomIn,
        zoomOut: actions.zoomOut,
        autoLayout: actions.autoLayout,
        toggleTheme,
        toggleMinimap: actions.toggleMinimap,
        focus: actions.toggleFocus,
        escape: () => (overlay ? close() : focus ? setFocus(null) : undefined),
        newTable: undefined, undo: undefined, redo: undefined, delete: undefined,
        copy: undefined, paste: undefined, duplicate: undefined, selectAll: undefined,
      };
      const action = run[id];
      if (!action) return;
      event.preventDefault();
      void action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions, view]);
}
