export { decompositionBundle, diffBundle, exportBundle, type Bundle } from './bundle';
export type { BundleStep, Manifest, ManifestMigration, ManifestStatement } from './manifest';
export { slugify } from './slug';
export type { BundleFile, BundleOptions } from './types';
