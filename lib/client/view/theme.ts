/**
 * Light or dark, chosen by the person and remembered in localStorage; until they
 * choose, the operating system's preference (`prefers-color-scheme`) decides.
 * The theme is a `dark` class on <html> (Tailwind's `dark:` variant and
 * globals.css key off it) plus `color-scheme` so form controls follow.
 */
export type Theme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'tablecraft.theme';

export function storedTheme(): Theme | null {
  try {
    const value = window.localStorage.getItem(THEME_STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    // Storage can be switched off (private windows, policies); the theme then lasts for the page only.
    return null;
  }
}

export function systemTheme(): Theme {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function initialTheme(): Theme {
  return storedTheme() ?? systemTheme();
}

export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  root.classList.toggle('dark', theme === 'dark');
  root.style.colorScheme = theme;
}

export function rememberTheme(theme: Theme): void {
  try {
    window.localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // See storedTheme().
  }
}

/**
 * Runs in <head> before the page paints, so a dark-mode user never sees a white
 * flash. It repeats `initialTheme` + `applyTheme` in plain ES5 because it runs
 * before any bundle has loaded.
 */
export const THEME_BOOT_SCRIPT = `(function(){try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});` +
  `if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}` +
  `var r=document.documentElement;if(t==='dark')r.classList.add('dark');r.style.colorScheme=t}catch(e){}})();`;
