/**
 * The editing engine: pure commands over the diagram document, their inverses
 * (recorded differences) and the undo history. No React, no I/O; the designer
 * store (`lib/client/designer`) runs it.
 */
export * from './command';
export * from './apply';
export * from './patch';
export * from './history';
export * from './factories/ids';
export * from './factories/names';
export * from './factories/new-table';
export * from './factories/connect';
export * from './factories/many-to-many';
export * from './factories/clipboard';
export * from './factories/parts';
