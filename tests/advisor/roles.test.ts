import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rolesMigration } from '../../lib/advisor';
import { createStatements } from '../../lib/ddl';
import { eventsTemplate } from '../../lib/templates/events';
import { execAll, openDatabase, serverUnavailableReason, type DatabaseTier, type TestDatabase } from '../support/databases';

/**
 * The roles migration on PostgreSQL 18 and 17 (MAINTAIN) and on the PostgreSQL
 * 15 server (the owner-membership fallback): UP, DOWN, UP again; a member of the
 * read-only role cannot INSERT, the app role can. Role names are random because
 * roles are cluster-wide on the server.
 */
const serverSkip = await serverUnavailableReason();

describe.each([
  ['pglite18', 18],
  ['pglite17', 17],
  ['server15', 15],
] as const)('roles migration on %s', (tier: DatabaseTier, version: number) => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const roles = { appRole: `app_${suffix}`, readonlyRole: `ro_${suffix}`, migratorRole: `migrator_${suffix}`, maintenanceRole: `maint_${suffix}` };
  const doc = eventsTemplate({ months: 2 });
  const migration = rolesMigration(doc, { ...roles, targetVersion: version });
  let db: TestDatabase;
  const skip = tier === 'server15' && serverSkip !== null;

  beforeAll(async () => {
    if (skip) return;
    db = await openDatabase(tier);
    const created = createStatements(doc);
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    await execAll(db, created.value);
  });
  afterAll(async () => {
    if (!db) return;
    await db.exec('RESET ROLE').catch(() => undefined);
    await db.exec(migration.down).catch(() => undefined); // leaves no roles behind on the shared server if a test failed midway
    await db.close();
  });

  it.skipIf(skip)('uses MAINTAIN from 17 and the owner-membership fallback before', () => {
    if (version >= 17) expect(migration.up).toContain(`GRANT MAINTAIN ON "public"."events" TO "${roles.maintenanceRole}";`);
    else expect(migration.up).toContain(`GRANT "${roles.migratorRole}" TO "${roles.maintenanceRole}";`);
    expect(migration.explanation.join(' ')).toMatch(version >= 17 ? /MAINTAIN privilege/ : /no MAINTAIN privilege \(it arrived in 17\)/);
  });

  it.skipIf(skip)('runs UP, DOWN and UP again, and the grants hold', async () => {
    await db.exec(migration.up);
    await db.exec(migration.down);
    await db.exec(migration.up);
    const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_roles WHERE rolname LIKE '%\\_${suffix}' AND NOT rolcanlogin`) as [{ n: number }];
    expect(n).toBe(4);
    const [owner] = await db.query<{ owner: string }>(`SELECT tableowner AS owner FROM pg_tables WHERE tablename = 'events_y2026m01'`);
    expect(owner!.owner).toBe(roles.migratorRole);

    await db.exec(`SET ROLE "${roles.appRole}"`);
    await db.exec(`INSERT INTO events (occurred_at, source, kind) VALUES ('2026-01-15', 'test', 'click')`);
    await db.exec('RESET ROLE');

    await db.exec(`SET ROLE "${roles.readonlyRole}"`);
    const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM events');
    expect(rows[0]!.n).toBe(1);
    await expect(db.exec(`INSERT INTO events (occurred_at, source, kind) VALUES ('2026-01-16', 'test', 'view')`)).rejects.toThrow(/permission denied/);
    await db.exec('RESET ROLE');

    await db.exec(`SET ROLE "${roles.maintenanceRole}"`);
    await db.exec('ANALYZE events');
    await db.exec('RESET ROLE');

    // A table the migrator creates later gets the same grants through the default privileges.
    await db.exec(`SET ROLE "${roles.migratorRole}"; CREATE TABLE later (id int); RESET ROLE;`);
    await db.exec(`SET ROLE "${roles.appRole}"; INSERT INTO later VALUES (1); RESET ROLE;`);
    await db.exec(`SET ROLE "${roles.migratorRole}"; DROP TABLE later; RESET ROLE;`);

    await db.exec(migration.down);
    const [{ left }] = await db.query<{ left: number }>(`SELECT count(*)::int AS left FROM pg_roles WHERE rolname LIKE '%\\_${suffix}'`) as [{ left: number }];
    expect(left).toBe(0);
  });
});
