import type { EditorCommand } from '../../editor/command';

export interface StoredOp {
  readonly opId: string;
  readonly command: EditorCommand;
  readonly label: string;
}

/** Where a tab keeps its unconfirmed operations, so a reload (or a crash) does not lose them. */
export interface PendingStorage {
  /** This tab's queue, plus queues other tabs of this diagram left behind. */
  load(): StoredOp[];
  save(ops: readonly StoredOp[]): void;
}

/** Another tab's queue untouched this long belongs to a tab that is gone: it is taken over. */
const ORPHAN_AFTER_MS = 60_000;

interface Entry {
  savedAt: number;
  ops: StoredOp[];
}

/**
 * `localStorage['tablecraft.pending.<diagram>']` = { <clientId>: { savedAt, ops } }.
 * Sending an operation twice is harmless (the server knows its id), so taking
 * over another tab's leftovers can never apply a change twice.
 */
export function browserPendingStorage(diagramId: string, clientId: string, storage: Storage | null = safeLocalStorage(), now = () => Date.now()): PendingStorage {
  const key = `tablecraft.pending.${diagramId}`;
  const read = (): Record<string, Entry> => {
    try {
      const value = JSON.parse(storage?.getItem(key) ?? '{}') as unknown;
      return typeof value === 'object' && value !== null ? (value as Record<string, Entry>) : {};
    } catch {
      return {};
    }
  };
  const write = (entries: Record<string, Entry>) => {
    try {
      if (Object.keys(entries).length === 0) storage?.removeItem(key);
      else storage?.setItem(key, JSON.stringify(entries));
    } catch {
      // Storage full or disabled: the queue still lives in memory.
    }
  };
  return {
    load() {
      const entries = read();
      const mine = entries[clientId]?.ops ?? [];
      const adopted: StoredOp[] = [];
      for (const [owner, entry] of Object.entries(entries)) {
        if (owner === clientId || now() - entry.savedAt < ORPHAN_AFTER_MS || !Array.isArray(entry.ops)) continue;
        adopted.push(...entry.ops);
        delete entries[owner];
      }
      if (adopted.length > 0) {
        entries[clientId] = { savedAt: now(), ops: [...mine, ...adopted] };
        write(entries);
      }
      return [...mine, ...adopted];
    },
    save(ops) {
      const entries = read();
      if (ops.length === 0) delete entries[clientId];
      else entries[clientId] = { savedAt: now(), ops: ops.map(({ opId, command, label }) => ({ opId, command, label })) };
      write(entries);
    },
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
