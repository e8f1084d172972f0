import { getStorage } from '../db/singleton';
import { createShareService, type ShareService } from './service';

export { createShareService, mayGrant, type CreateShareLinkInput, type ShareResult, type ShareService } from './service';
export type { ShareError } from './errors';
export { toAccessDto } from './access-dto';
export { anyShareLinkMade, resolveShareLinkWithExpiry, resolveShareToken, type ResolvedShareLink } from './resolve';
export { SHARE_COOKIE, shareCookie, shareCookieMaxAge } from './cookie';
export { INVALID_SHARE_LINK_PATH, visitShareLink } from './visit';

/** The service over this process's storage (one per Storage), for route handlers. */
const services = new WeakMap<object, ShareService>();
export async function shareService(): Promise<ShareService> {
  const storage = await getStorage();
  let found = services.get(storage);
  if (!found) {
    found = createShareService(storage.db);
    services.set(storage, found);
  }
  return found;
}
