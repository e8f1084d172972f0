export { migrateDown, migrateUp, type MigrationResult } from './migrate';
export { loadMigrationDirectory } from './load-files';
export { DEFAULT_HISTORY_SCHEMA, DEFAULT_HISTORY_TABLE } from './history';
export type * from './types';
