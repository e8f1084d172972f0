import { getStorage } from '../db/singleton';
import { createCollab, type Collab } from './collab';

export { createCollab, notifyRevision, type Collab } from './collab';
export { saveWholeDocument, readLog, SERVER_CLIENT_ID, type OpAuthor } from './ops-log';
export { collabEventStream } from './event-stream';
export type { OpsBus, BusEvent } from './bus';

const KEY = Symbol.for('tablecraft.collab');

/** Co-editing for this process's storage, created on first use (one per storage, across route bundles). */
export async function getCollab(): Promise<Collab> {
  const storage = await getStorage();
  const slots = globalThis as unknown as Record<symbol, WeakMap<object, Collab> | undefined>;
  const map = (slots[KEY] ??= new WeakMap());
  let collab = map.get(storage);
  if (!collab) {
    collab = createCollab(storage);
    map.set(storage, collab);
  }
  return collab;
}
