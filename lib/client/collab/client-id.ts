import { newClientId } from '../../collab/op-id';

const KEY = 'tablecraft.clientId';

/**
 * This tab's client id: kept in sessionStorage, so a reload is the same client
 * (it finds its own queued operations again) while another tab is another one.
 */
export function tabClientId(): string {
  try {
    const existing = sessionStorage.getItem(KEY);
    if (existing && /^[A-Za-z0-9_-]{8,64}$/.test(existing)) return existing;
    const created = newClientId();
    sessionStorage.setItem(KEY, created);
    return created;
  } catch {
    return newClientId();
  }
}
