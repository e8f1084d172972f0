/**
 * A random UUID (version 4) for an operation. Built from `getRandomValues`
 * rather than `crypto.randomUUID`, which browsers offer only on secure origins
 * (https or localhost) — a team server on plain http inside a LAN is not one.
 */
export function newOpId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A client id (a browser tab): 22 random url-safe characters. */
export function newClientId(): string {
  return newOpId().replace(/-/g, '').slice(0, 22);
}
