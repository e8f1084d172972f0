import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { checksumMigrations } from '../../migrations/checksum';
import { parseMigrationSet, type MigrationFile } from '../../migrations/parse';
import type { Migration } from '../../migrations/types';
import { err, ok, type Result } from '../../result';
import { BundleManifest } from './manifest';

export interface Bundle {
  /** The history scope: the manifest's diagram name, else the folder name. */
  readonly scope: string;
  readonly migrations: readonly Migration[];
  readonly manifest: BundleManifest | null;
}

export interface BundleError {
  readonly kind: 'invalid_bundle';
  readonly message: string;
}

const fail = (message: string) => err<BundleError>({ kind: 'invalid_bundle', message });

/**
 * Reads a bundle folder: its `migrations/` subfolder (or the folder itself when
 * it holds the `.sql` files), and `manifest.json` when there is one.
 */
export async function loadBundle(dir: string): Promise<Result<Bundle, BundleError>> {
  let folder = dir;
  try {
    const sub = path.join(dir, 'migrations');
    if ((await stat(sub).catch(() => null))?.isDirectory()) folder = sub;
    const names = (await readdir(folder)).sort();
    const files = await Promise.all(names.filter((n) => n.endsWith('.sql')).map(async (fileName) => ({ fileName, sql: await readFile(path.join(folder, fileName), 'utf8') })));
    const manifestPath = names.includes('manifest.json') ? path.join(folder, 'manifest.json') : null;
    const manifest = manifestPath ? JSON.parse(await readFile(manifestPath, 'utf8')) as unknown : null;
    return bundleFromFiles(files, manifest, path.basename(path.resolve(dir)));
  } catch (error) {
    return fail(`cannot read the bundle in ${dir}: ${(error as Error).message}`);
  }
}

/**
 * A bundle from files in memory (the API's upload). When a manifest is given,
 * each file's checksum must match it: a migration edited after export is
 * refused here, before any connection is made.
 */
export async function bundleFromFiles(files: readonly MigrationFile[], rawManifest: unknown, fallbackScope: string): Promise<Result<Bundle, BundleError>> {
  const parsed = parseMigrationSet(files);
  if (!parsed.ok) return fail(`the bundle's migration files are not a valid set:\n${parsed.error.map((p) => `  - ${p.message}`).join('\n')}`);
  if (parsed.value.length === 0) return fail('the bundle holds no migrations (expected NNN_slug.up.sql / .down.sql files)');
  let manifest: BundleManifest | null = null;
  if (rawManifest !== null && rawManifest !== undefined) {
    const checked = BundleManifest.safeParse(rawManifest);
    if (!checked.success) return fail(`manifest.json is not a Tablecraft bundle manifest: ${checked.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    manifest = checked.data;
    const sums = await checksumMigrations(parsed.value);
    for (const m of sums) {
      const entry = manifest.migrations.find((x) => x.version === m.version);
      if (entry?.checksum && entry.checksum !== m.checksum) {
        return fail(`migration ${m.version} (${m.upFile}) does not match the checksum in manifest.json: it was edited after the bundle was exported; export the bundle again`);
      }
    }
  }
  return ok({ scope: manifest?.diagram || fallbackScope, migrations: parsed.value, manifest });
}
