export type Direction = 'up' | 'down';

export interface MigrationFileName {
  readonly version: number;
  /** The number as written (`007`), to tell `007_x` from `7_x` in messages. */
  readonly prefix: string;
  readonly name: string;
  readonly direction: Direction;
}

/** `NNN_slug.up.sql` / `NNN_slug.down.sql`; the slug starts with a letter or digit. */
const FILE_NAME = /^(\d+)_([A-Za-z0-9][A-Za-z0-9_-]*)\.(up|down)\.sql$/;

/** Versions are stored in an `integer` column. */
export const MAX_VERSION = 2_147_483_647;

/** The part after the last slash, so bundle paths like `migrations/001_x.up.sql` are accepted. */
export function baseName(fileName: string): string {
  return fileName.slice(fileName.lastIndexOf('/') + 1);
}

/** Reads version, slug and direction from a migration file name, or explains why it is not one. */
export function parseMigrationFileName(fileName: string): MigrationFileName | { error: string } {
  const match = FILE_NAME.exec(baseName(fileName));
  if (!match) {
    return { error: `"${fileName}" is not a migration file name: expected NNN_slug.up.sql or NNN_slug.down.sql (e.g. 001_create_users.up.sql)` };
  }
  const [, prefix = '', name = '', direction] = match;
  const version = Number(prefix);
  if (version < 1 || version > MAX_VERSION) {
    return { error: `"${fileName}": the version number must be from 1 to ${MAX_VERSION}` };
  }
  return { version, prefix, name, direction: direction === 'up' ? 'up' : 'down' };
}

/** The file name of the other direction: `001_x.up.sql` ↔ `001_x.down.sql`. */
export function counterpartFileName(parsed: MigrationFileName): string {
  return `${parsed.prefix}_${parsed.name}.${parsed.direction === 'up' ? 'down' : 'up'}.sql`;
}
