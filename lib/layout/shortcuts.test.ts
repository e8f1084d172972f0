import { describe, expect, it } from 'vitest';
import { describeChord, shortcut, shortcutFor, SHORTCUTS, type KeyStroke } from './shortcuts';

const stroke = (key: string, mods: Partial<KeyStroke> = {}): KeyStroke => ({
  key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods,
});

describe('shortcuts', () => {
  it('maps keystrokes to shortcuts, with Ctrl or ⌘ for mod', () => {
    expect(shortcutFor(stroke('k', { ctrlKey: true }))).toBe('search');
    expect(shortcutFor(stroke('k', { metaKey: true }))).toBe('search');
    expect(shortcutFor(stroke('k'))).toBeNull();
    expect(shortcutFor(stroke('z', { ctrlKey: true }))).toBe('undo');
    expect(shortcutFor(stroke('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(shortcutFor(stroke('y', { ctrlKey: true }))).toBe('redo');
    expect(shortcutFor(stroke('d', { metaKey: true }))).toBe('duplicate');
    expect(shortcutFor(stroke('D', { shiftKey: true }))).toBe('toggleTheme');
    expect(shortcutFor(stroke('d'))).toBeNull();
    expect(shortcutFor(stroke('?', { shiftKey: true }))).toBe('help');
    expect(shortcutFor(stroke('!', { shiftKey: true, code: 'Digit1' }))).toBe('zoomToFit');
    expect(shortcutFor(stroke('L', { shiftKey: true }))).toBeNull();
    expect(shortcutFor(stroke('l'))).toBe('autoLayout');
  });

  it('gives every shortcut a unique id and a chord that triggers it', () => {
    expect(new Set(SHORTCUTS.map((s) => s.id)).size).toBe(SHORTCUTS.length);
    expect(() => shortcut('help')).not.toThrow();
  });

  it('writes chords the way each platform does', () => {
    expect(describeChord(shortcut('search').chords[0]!, true)).toBe('⌘K');
    expect(describeChord(shortcut('search').chords[0]!, false)).toBe('Ctrl+K');
    expect(describeChord(shortcut('zoomToFit').chords[0]!, false)).toBe('Shift+1');
    expect(describeChord(shortcut('redo').chords[0]!, true)).toBe('⌘⇧Z');
  });
});
