/**
 * Small per-browser view preferences (not part of any diagram): whether the
 * minimap is shown, whether the first-run hint was dismissed. Storage may be
 * unavailable; then the defaults hold for the page's lifetime.
 */
export const PREFERENCE_KEYS = {
  minimap: 'tablecraft.minimap',
  firstRunHintDismissed: 'tablecraft.first-run-hint-dismissed',
} as const;

export type PreferenceKey = keyof typeof PREFERENCE_KEYS;

/** The remembered value, or null when the person never chose. */
export function readFlag(key: PreferenceKey): boolean | null {
  try {
    const value = window.localStorage.getItem(PREFERENCE_KEYS[key]);
    return value === null ? null : value === 'true';
  } catch {
    return null;
  }
}

export function writeFlag(key: PreferenceKey, value: boolean): void {
  try {
    window.localStorage.setItem(PREFERENCE_KEYS[key], String(value));
  } catch {
    // Not remembered; see above.
  }
}
