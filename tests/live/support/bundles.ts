import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportBundle } from '../../../lib/bundle';
import type { DiagramDocument } from '../../../lib/model/document';
import { bundleFromFiles, type Bundle } from '../../../lib/server/apply';

/** A hand-written bundle: `{ '001_a': { up, down } }`, no manifest. */
export async function handBundle(scope: string, entries: Record<string, { up: string; down: string }>): Promise<Bundle> {
  const files = Object.entries(entries).flatMap(([stem, { up, down }]) => [{ fileName: `${stem}.up.sql`, sql: up }, { fileName: `${stem}.down.sql`, sql: down }]);
  const result = await bundleFromFiles(files, null, scope);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The generated bundle of a diagram (lib/bundle), written to a temporary folder; returns the folder. */
export async function writeGeneratedBundle(doc: DiagramDocument): Promise<string> {
  const result = await exportBundle(doc);
  if (!result.ok) throw new Error(result.error.map((e) => e.message).join('; '));
  const dir = mkdtempSync(path.join(tmpdir(), 'tablecraft-bundle-'));
  for (const file of result.value.files) {
    mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    writeFileSync(path.join(dir, file.path), file.contents);
  }
  return dir;
}

/** Writes a hand bundle to a folder (for the CLI). */
export function writeHandBundle(entries: Record<string, { up: string; down: string }>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tablecraft-bundle-'));
  mkdirSync(path.join(dir, 'migrations'));
  for (const [stem, { up, down }] of Object.entries(entries)) {
    writeFileSync(path.join(dir, 'migrations', `${stem}.up.sql`), up);
    writeFileSync(path.join(dir, 'migrations', `${stem}.down.sql`), down);
  }
  return dir;
}
