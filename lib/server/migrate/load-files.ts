import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describeMigrationSetProblems, parseMigrationSet } from '../../migrations/parse';
import type { Migration } from '../../migrations/types';

/**
 * Reads every `*.sql` file of a folder into a migration set. Other files
 * (a README) are ignored; a malformed set throws with every problem listed,
 * because this is used for migrations that ship with the app.
 */
export async function loadMigrationDirectory(directory: string): Promise<Migration[]> {
  let names: string[];
  try {
    names = (await readdir(directory)).filter((name) => name.endsWith('.sql')).sort();
  } catch (error) {
    throw new Error(`cannot read the migrations folder ${directory}: ${(error as Error).message}`, { cause: error });
  }
  const files = await Promise.all(names.map(async (fileName) => ({ fileName, sql: await readFile(path.join(directory, fileName), 'utf8') })));
  const parsed = parseMigrationSet(files);
  if (!parsed.ok) throw new Error(`the migrations in ${directory} are not a valid set:\n${describeMigrationSetProblems(parsed.error)}`);
  return parsed.value;
}
