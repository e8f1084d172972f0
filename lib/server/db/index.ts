export { getStorage, closeStorage } from './singleton';
export { openStorage, type Storage } from './storage';
export { readStorageConfig, describeDatabaseUrl, APP_MIGRATION_SCOPE, type StorageConfig } from './config';
export { StorageUnavailableError, isStorageUnavailable } from './errors';
export type { Database } from './prisma';
