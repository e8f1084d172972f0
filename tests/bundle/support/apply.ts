import type { Bundle } from '../../../lib/bundle';
import { runsInTransaction, splitStatements } from '../../../lib/migrations';
import type { TestDatabase } from '../../support/databases';

/**
 * Runs bundle files the way psql does: a transactional file as one transaction
 * (`psql -1`), a file marked `-- tablecraft:no-transaction` one statement at a
 * time in autocommit. Settings a file makes (lock_timeout, …) are reset after it.
 */
export async function applyFile(db: TestDatabase, path: string, text: string): Promise<void> {
  try {
    if (runsInTransaction(text)) {
      await db.exec(`BEGIN;\n${text}\nCOMMIT;`);
    } else {
      for (const sql of splitStatements(text)) await db.exec(sql);
    }
  } catch (error) {
    await db.exec('ROLLBACK').catch(() => undefined);
    throw new Error(`${db.label} rejected ${path}: ${(error as Error).message}`, { cause: error });
  } finally {
    await db.exec('RESET lock_timeout; RESET statement_timeout;').catch(() => undefined);
  }
}

const fileText = (bundle: Bundle, name: string) => bundle.files.find((f) => f.path === `migrations/${name}`)!.contents;

export async function applyUps(db: TestDatabase, bundle: Bundle): Promise<void> {
  for (const m of bundle.manifest.migrations) await applyFile(db, m.up, fileText(bundle, m.up));
}

export async function applyDowns(db: TestDatabase, bundle: Bundle): Promise<void> {
  for (const m of [...bundle.manifest.migrations].reverse()) await applyFile(db, m.down, fileText(bundle, m.down));
}

export function expectBundle<T>(result: { ok: true; value: T } | { ok: false; error: { message: string }[] }): T {
  if (!result.ok) throw new Error(`bundle failed:\n${result.error.map((e) => e.message).join('\n')}`);
  return result.value;
}
