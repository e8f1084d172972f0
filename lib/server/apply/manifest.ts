import { z } from 'zod';

/**
 * The parts of a bundle's `migrations/manifest.json` (written by `lib/bundle`)
 * the apply engine reads: the target version, and per migration its checksums
 * and each statement's hazards. Unknown fields are allowed, so a newer bundle
 * still applies.
 */
const ManifestStatement = z.looseObject({
  explanation: z.string().default(''),
  transactional: z.boolean().default(true),
  hazards: z.array(z.string()).default([]),
});

export const BundleManifest = z.looseObject({
  format: z.literal('tablecraft.bundle'),
  formatVersion: z.number().int(),
  diagram: z.string().default('bundle'),
  targetPostgresVersion: z.number().int().min(10).max(99),
  migrations: z.array(z.looseObject({
    version: z.number().int().min(1),
    name: z.string(),
    checksum: z.string().optional(),
    chainChecksum: z.string().optional(),
    statements: z.array(ManifestStatement).default([]),
    downStatements: z.array(ManifestStatement).default([]),
  })).default([]),
});
export type BundleManifest = z.infer<typeof BundleManifest>;

/** Hazards that mean rows or values are destroyed: a run with one needs typed confirmation. */
export const DATA_LOSS_HAZARDS: readonly string[] = ['DELETES_DATA'];
