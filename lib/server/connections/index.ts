import { getStorage } from '../db/singleton';
import { createConnectionService, type ConnectionService } from './service';
import { createLiveService, type LiveService } from './live-service';

export { createConnectionService, type ConnectionService } from './service';
export { createLiveService, type LiveService, type RunStart } from './live-service';
export type { LiveServiceError } from './errors';
export { SANDBOX } from './targets';

/** The services over this process's storage (one pair per Storage, like the diagram service). */
const cache = new WeakMap<object, { connections: ConnectionService; live: LiveService }>();
async function services() {
  const storage = await getStorage();
  let found = cache.get(storage);
  if (!found) {
    const connections = createConnectionService(storage.db);
    found = { connections, live: createLiveService(storage.db, connections) };
    cache.set(storage, found);
  }
  return found;
}

export const connectionService = async (): Promise<ConnectionService> => (await services()).connections;
export const liveService = async (): Promise<LiveService> => (await services()).live;
