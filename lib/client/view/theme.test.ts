import { describe, expect, it } from 'vitest';
import { THEME_BOOT_SCRIPT, THEME_STORAGE_KEY } from './theme';

/** Runs the <head> boot script against a stand-in page; returns what it did to <html>. */
function boot(stored: string | null, systemDark: boolean) {
  const classes = new Set<string>();
  const html = { classList: { add: (c: string) => classes.add(c) }, style: { colorScheme: '' } };
  const run = new Function('localStorage', 'matchMedia', 'document', THEME_BOOT_SCRIPT);
  run(
    { getItem: (key: string) => (key === THEME_STORAGE_KEY ? stored : null) },
    (query: string) => ({ matches: query === '(prefers-color-scheme: dark)' && systemDark }),
    { documentElement: html },
  );
  return { dark: classes.has('dark'), colorScheme: html.style.colorScheme };
}

describe('THEME_BOOT_SCRIPT', () => {
  it('uses the remembered theme over the system one', () => {
    expect(boot('light', true)).toEqual({ dark: false, colorScheme: 'light' });
    expect(boot('dark', false)).toEqual({ dark: true, colorScheme: 'dark' });
  });

  it('follows the system until a theme is chosen, ignoring junk in storage', () => {
    expect(boot(null, true)).toEqual({ dark: true, colorScheme: 'dark' });
    expect(boot('purple', false)).toEqual({ dark: false, colorScheme: 'light' });
  });
});
