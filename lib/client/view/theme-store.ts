'use client';

import { useSyncExternalStore } from 'react';
import { applyTheme, rememberTheme, type Theme } from './theme';

/**
 * The page's theme as a tiny external store: one value for the whole tab, read
 * from <html> (where the boot script already put it) and changed only here.
 */
const listeners = new Set<() => void>();

function currentTheme(): Theme {
  return document.documentElement.classList.contains('dark') ? 'dark' : 'light';
}

export function setTheme(theme: Theme): void {
  applyTheme(theme);
  rememberTheme(theme);
  for (const listener of listeners) listener();
}

export function toggleTheme(): void {
  setTheme(currentTheme() === 'dark' ? 'light' : 'dark');
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current theme; 'light' while rendering on the server. */
export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, currentTheme, () => 'light');
}

