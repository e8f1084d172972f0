import { describeChord, shortcut, type ShortcutId } from '@/lib/layout/shortcuts';

export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

/** The first chord of a shortcut as this platform writes it: `⌘K` or `Ctrl+K`. */
export function shortcutLabel(id: ShortcutId, mac: boolean): string {
  return describeChord(shortcut(id).chords[0]!, mac);
}
