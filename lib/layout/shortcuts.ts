/**
 * Every keyboard shortcut of the designer, in one list: the help dialog shows
 * it and the key handlers match against it, so what is documented is what
 * works. `mod` is ⌘ on a Mac and Ctrl elsewhere (either is accepted).
 */
export type ShortcutId =
  | 'search' | 'help' | 'zoomToFit' | 'zoomIn' | 'zoomOut' | 'autoLayout' | 'toggleTheme' | 'toggleMinimap'
  | 'focus' | 'escape'
  | 'newTable' | 'undo' | 'redo' | 'delete' | 'copy' | 'paste' | 'duplicate' | 'selectAll';

export type ShortcutGroup = 'Navigation' | 'View' | 'Editing';

export interface KeyChord {
  /** `KeyboardEvent.key`, compared case-insensitively. */
  key?: string;
  /** `KeyboardEvent.code`, for chords whose key depends on the layout (Shift+1 is `!` in US English). */
  code?: string;
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
}

export interface Shortcut {
  id: ShortcutId;
  group: ShortcutGroup;
  description: string;
  /** Any of these chords triggers it. */
  chords: KeyChord[];
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'search', group: 'Navigation', description: 'Search tables and columns', chords: [{ key: 'k', mod: true }] },
  { id: 'zoomToFit', group: 'Navigation', description: 'Zoom to fit', chords: [{ code: 'Digit1', shift: true }] },
  { id: 'zoomIn', group: 'Navigation', description: 'Zoom in', chords: [{ key: '+' }, { key: '=' }] },
  { id: 'zoomOut', group: 'Navigation', description: 'Zoom out', chords: [{ key: '-' }] },
  { id: 'focus', group: 'Navigation', description: 'Focus on the selected table and its neighbours', chords: [{ key: 'f' }] },
  { id: 'escape', group: 'Navigation', description: 'Close a dialog, leave focus mode', chords: [{ key: 'Escape' }] },
  { id: 'autoLayout', group: 'View', description: 'Auto-layout the diagram', chords: [{ key: 'l' }] },
  { id: 'toggleMinimap', group: 'View', description: 'Show or hide the minimap', chords: [{ key: 'm' }] },
  { id: 'toggleTheme', group: 'View', description: 'Switch between light and dark', chords: [{ key: 'd', shift: true }] },
  { id: 'help', group: 'View', description: 'Show keyboard shortcuts', chords: [{ key: '?' }] },
  { id: 'newTable', group: 'Editing', description: 'New table', chords: [{ key: 't' }] },
  { id: 'undo', group: 'Editing', description: 'Undo', chords: [{ key: 'z', mod: true }] },
  { id: 'redo', group: 'Editing', description: 'Redo', chords: [{ key: 'z', mod: true, shift: true }, { key: 'y', mod: true }] },
  { id: 'delete', group: 'Editing', description: 'Delete the selection', chords: [{ key: 'Delete' }, { key: 'Backspace' }] },
  { id: 'copy', group: 'Editing', description: 'Copy', chords: [{ key: 'c', mod: true }] },
  { id: 'paste', group: 'Editing', description: 'Paste', chords: [{ key: 'v', mod: true }] },
  { id: 'duplicate', group: 'Editing', description: 'Duplicate', chords: [{ key: 'd', mod: true }] },
  { id: 'selectAll', group: 'Editing', description: 'Select all tables', chords: [{ key: 'a', mod: true }] },
];

/** The fields of a KeyboardEvent a chord is matched against (so tests need no DOM). */
export interface KeyStroke {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function chordMatches(chord: KeyChord, stroke: KeyStroke): boolean {
  if (chord.key !== undefined && chord.key.toLowerCase() !== stroke.key.toLowerCase()) return false;
  if (chord.code !== undefined && chord.code !== stroke.code) return false;
  if ((chord.mod ?? false) !== (stroke.ctrlKey || stroke.metaKey)) return false;
  if ((chord.alt ?? false) !== stroke.altKey) return false;
  // A key that is itself shifted (`?`, `+`) is typed with Shift on most layouts: only a chord that names Shift requires it.
  if (chord.shift !== undefined) return chord.shift === stroke.shiftKey;
  return !stroke.shiftKey || isShiftedCharacter(stroke.key);
}

/** The shortcut a keystroke triggers, if any. Redo is checked before undo (both use Z). */
export function shortcutFor(stroke: KeyStroke): ShortcutId | null {
  const ordered = [...SHORTCUTS].sort((a, b) => specificity(b) - specificity(a));
  return ordered.find((s) => s.chords.some((chord) => chordMatches(chord, stroke)))?.id ?? null;
}

export function shortcut(id: ShortcutId): Shortcut {
  const found = SHORTCUTS.find((s) => s.id === id);
  if (!found) throw new Error(`no shortcut "${id}"`);
  return found;
}

/** How a chord is written in the help dialog and in tooltips. */
export function describeChord(chord: KeyChord, mac: boolean): string {
  const parts: string[] = [];
  if (chord.mod) parts.push(mac ? '⌘' : 'Ctrl');
  if (chord.alt) parts.push(mac ? '⌥' : 'Alt');
  if (chord.shift) parts.push(mac ? '⇧' : 'Shift');
  parts.push(chord.code === 'Digit1' ? '1' : keyLabel(chord.key ?? ''));
  return parts.join(mac ? '' : '+');
}

function keyLabel(key: string): string {
  if (key.length === 1) return key.toUpperCase();
  return key === 'Escape' ? 'Esc' : key;
}

function specificity(s: Shortcut): number {
  return Math.max(...s.chords.map((c) => Number(c.mod ?? false) + Number(c.shift ?? false) + Number(c.alt ?? false)));
}

function isShiftedCharacter(key: string): boolean {
  return key.length === 1 && !/[a-z0-9]/i.test(key);
}
