import type { PoolingDto } from '../../api/dto';
import type { BundleFile } from '../../bundle';
import type { Workload } from '../../model/workload';
import { bundle, renderUserlist, userSecrets, usersNeedingPasswords, type PoolingProblem } from '../../pooling';
import { ok, type Result } from '../../result';

/**
 * Stands in for a password nobody sent, only so `bundle()` can run; the
 * userlist.txt it produces from it is thrown away and replaced (see below).
 */
const NOT_A_PASSWORD = 'tablecraft-placeholder-never-written';

/**
 * The pooling files for a workload. Passwords are optional here: the page
 * previews the config before anyone types one, and the migration bundle (a GET)
 * never carries any. Users without a password get a commented placeholder line
 * in userlist.txt instead of a secret, so nothing wrong is ever written.
 * Passwords are only handed to the SCRAM derivation; nothing keeps or logs them.
 */
export async function poolingFiles(workload: Workload, passwords: ReadonlyMap<string, string>): Promise<Result<Omit<PoolingDto, 'workload' | 'workloadSource'>, PoolingProblem[]>> {
  const needed = usersNeedingPasswords(workload);
  const missing = needed.filter((user) => !passwords.has(user));
  const complete = new Map(needed.map((user) => [user, passwords.get(user) ?? NOT_A_PASSWORD]));
  const built = await bundle(workload, { passwords: complete });
  if (!built.ok) return built;
  const files = { ...built.value.files };
  if (missing.length > 0) {
    const given = new Map(needed.filter((user) => passwords.has(user)).map((user) => [user, passwords.get(user)!]));
    files['pgbouncer/userlist.txt'] = `${renderUserlist(await userSecrets(given))}${missing.map(placeholderLine).join('')}`;
  }
  const { plan, config, report } = built.value;
  return ok({ files, plan, config, report: [...report], usersNeedingPasswords: needed, missingPasswords: missing });
}

function placeholderLine(user: string): string {
  return `;; "${user}" — no password given: add the line "${user}" "SCRAM-SHA-256$…" (the Pooling page or \`tablecraft pgbouncer\` derives it)\n`;
}

/** The pooling files as extra bundle files (pgbouncer/…). */
export function asBundleFiles(files: Readonly<Record<string, string>>): BundleFile[] {
  return Object.entries(files).map(([path, contents]) => ({ path, contents }));
}
