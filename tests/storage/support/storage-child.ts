/**
 * Runs in a child process for tests/storage/embedded.test.ts: opens the storage of
 * TABLECRAFT_DATA_DIR through getStorage() (so the shutdown hooks are installed),
 * stores one diagram named by argv[2], prints READY, then waits to be signalled
 * or killed.
 */
import { getStorage } from '../../../lib/server/db/singleton';

const name = process.argv[2] ?? 'from child';
const storage = await getStorage();
await storage.db.diagram.create({ data: { name, revision: 1, document: { name } } });
console.log('READY');
setInterval(() => undefined, 60_000);
