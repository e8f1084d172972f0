/** The expiry choices of the share dialog; the API itself takes any absolute time. */
export const EXPIRY_PRESETS = [
  { key: '1d', label: '1 day', days: 1 },
  { key: '7d', label: '7 days', days: 7 },
  { key: '30d', label: '30 days', days: 30 },
  { key: 'never', label: 'Never', days: null },
] as const;
export type ExpiryPreset = (typeof EXPIRY_PRESETS)[number]['key'];

const DAY_MS = 24 * 60 * 60 * 1000;

/** The absolute expiry a preset means from `now`, or null for never. */
export function presetExpiry(preset: ExpiryPreset, now: Date): string | null {
  const days = EXPIRY_PRESETS.find((p) => p.key === preset)?.days ?? null;
  return days === null ? null : new Date(now.getTime() + days * DAY_MS).toISOString();
}

/**
 * A `<input type="datetime-local">` value (local time, no zone) as an absolute
 * time, or a reason it cannot be used.
 */
export function customExpiry(local: string, now: Date): { expiresAt: string } | { problem: string } {
  const at = new Date(local);
  if (local === '' || Number.isNaN(at.getTime())) return { problem: 'Pick a date and time for the link to expire.' };
  if (at <= now) return { problem: 'The expiry must be in the future.' };
  return { expiresAt: at.toISOString() };
}
