export { applyBundle, rollbackBundle, type ApplyError, type ApplyEvent, type ApplyOptions, type ApplyResult } from './apply';
export { bundleFromFiles, loadBundle, type Bundle, type BundleError } from './bundle';
export { backupSchemaName, hasPgDump, type BackupMode } from './backup';
