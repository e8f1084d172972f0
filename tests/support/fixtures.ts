import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The shared real-world fixtures live beside the repository (`../shared/fixtures`),
 * read in place and never copied in. Resolved from this file, so tests work from
 * any checkout location as long as `shared/` sits next to it.
 */
export const PAGILA_PATH = fileURLToPath(new URL('../../../shared/fixtures/pagila-schema.sql', import.meta.url));

export function readPagila(): string {
  return readFileSync(PAGILA_PATH, 'utf8');
}
