/**
 * How people are shown to each other: a colour that stays the same for one
 * browser tab (chosen from its client id, so every instance picks the same one)
 * and initials for the avatar.
 */
const PALETTE = ['#e11d48', '#2563eb', '#16a34a', '#d97706', '#7c3aed', '#0891b2', '#db2777', '#65a30d', '#ea580c', '#4f46e5'];

export function presenceColor(clientId: string): string {
  let hash = 0;
  for (let i = 0; i < clientId.length; i++) hash = (Math.imul(hash, 31) + clientId.charCodeAt(i)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}

/** "Ana Souza" → "AS", "ana@example.com" → "A", "Local owner" → "LO". */
export function initials(name: string): string {
  const words = name.replace(/@.*$/, '').split(/[\s._-]+/).filter(Boolean);
  const letters = words.slice(0, 2).map((w) => w[0]!.toUpperCase()).join('');
  return letters || '?';
}

/** How long a presence entry lives without a heartbeat. */
export const PRESENCE_TTL_SECONDS = 30;
/** How often a client says it is still here. */
export const PRESENCE_HEARTBEAT_MS = 10_000;
