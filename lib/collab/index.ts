/**
 * Live co-editing, the pure part: operations (editor commands with ids) ordered
 * by the server, the client's confirmed/pending bookkeeping and rebase, the
 * notices that name who changed what, presence colours and SSE framing. No I/O;
 * `lib/server/collab` and `lib/client/collab` drive it.
 */
export * from './types';
export * from './command-kinds';
export * from './apply-op';
export * from './changes';
export * from './describe';
export * from './sync-state';
export * from './presence';
export * from './sse';
export * from './op-id';
export * from './default-names';
