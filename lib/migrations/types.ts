/** One migration of a set: an UP script and the DOWN script that undoes it. */
export interface Migration {
  /** From the file name's number: `007_add_orders.up.sql` → 7. Migrations run in version order. */
  readonly version: number;
  /** The slug from the file name: `add_orders`. */
  readonly name: string;
  readonly upFile: string;
  readonly downFile: string;
  readonly up: string;
  readonly down: string;
  /**
   * False when the UP script starts with `-- tablecraft:no-transaction`: statements
   * such as `CREATE INDEX CONCURRENTLY` refuse to run inside a transaction block.
   */
  readonly transactional: boolean;
  /** The same marker read from the DOWN script (`DROP INDEX CONCURRENTLY`). */
  readonly downTransactional: boolean;
}

/** A migration with the checksums that let a runner detect edits after it was applied. */
export interface ChecksummedMigration extends Migration {
  /** SHA-256 (hex) of the UP script, line endings normalized. */
  readonly checksum: string;
  /** SHA-256 over the previous migration's chain checksum and this checksum. */
  readonly chainChecksum: string;
}

/** Where a migration set is wrong, naming the file a person has to fix. */
export interface MigrationSetProblem {
  readonly fileName: string;
  readonly message: string;
}
