import { describe, expect, it } from 'vitest';
import { checksumMigrations } from './checksum';
import { parseMigrationSet } from './parse';
import { planMigrations, type HistoryEntry } from './plan';
import type { ChecksummedMigration } from './types';

async function set(entries: Record<number, string>): Promise<ChecksummedMigration[]> {
  const files = Object.entries(entries).flatMap(([version, sql]) => {
    const stem = `${version.padStart(3, '0')}_m${version}`;
    return [{ fileName: `${stem}.up.sql`, sql }, { fileName: `${stem}.down.sql`, sql: '' }];
  });
  const parsed = parseMigrationSet(files);
  if (!parsed.ok) throw new Error('bad fixture');
  return checksumMigrations(parsed.value);
}

const appliedRows = (migrations: readonly ChecksummedMigration[], success = true): HistoryEntry[] =>
  migrations.map(({ version, name, checksum, chainChecksum }) => ({ version, name, checksum, chainChecksum, success }));

describe('planMigrations', () => {
  it('lists what is pending after what is applied', async () => {
    const local = await set({ 1: 'A', 2: 'B', 5: 'C' });
    const plan = planMigrations(local, appliedRows(local.slice(0, 1)));
    expect(plan.ok && plan.value.applied.map((m) => m.version)).toEqual([1]);
    expect(plan.ok && plan.value.pending.map((m) => m.version)).toEqual([2, 5]);
  });

  it('treats a recorded failure as pending, whatever its checksum was', async () => {
    const local = await set({ 1: 'A', 2: 'B fixed' });
    const before = await set({ 1: 'A', 2: 'B broken' });
    const plan = planMigrations(local, [...appliedRows(local.slice(0, 1)), ...appliedRows(before.slice(1), false)]);
    expect(plan.ok && plan.value.pending.map((m) => m.version)).toEqual([2]);
  });

  it('refuses an applied migration whose file changed, naming the version and file', async () => {
    const applied = await set({ 1: 'A', 2: 'B' });
    const local = await set({ 1: 'A', 2: 'B, edited' });
    const plan = planMigrations(local, appliedRows(applied));
    expect(plan).toEqual({ ok: false, error: [{ kind: 'changed', version: 2, message: expect.stringContaining('migration 2 (002_m2.up.sql) was changed after it was applied') }] });
  });

  it('refuses a database that has applied a version the files do not have', async () => {
    const applied = await set({ 1: 'A', 2: 'B' });
    const local = await set({ 1: 'A' });
    const plan = planMigrations(local, appliedRows(applied));
    expect(plan).toEqual({ ok: false, error: [{ kind: 'unknown_version', version: 2, message: expect.stringContaining('the database is newer than these migrations') }] });
  });

  it('refuses a new migration numbered below the last applied one', async () => {
    const applied = await set({ 1: 'A', 3: 'C' });
    const local = await set({ 1: 'A', 2: 'B', 3: 'C' });
    const plan = planMigrations(local, appliedRows(applied));
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.error.map((p) => [p.kind, p.version])).toEqual([['out_of_order', 2]]);
    expect(!plan.ok && plan.error[0]?.message).toContain('renumber it above 3');
  });

  it('refuses a history whose chain does not match, reporting only the first broken link', async () => {
    const local = await set({ 1: 'A', 2: 'B', 3: 'C' });
    const rows = appliedRows(local).map((row) => (row.version >= 2 ? { ...row, chainChecksum: 'f'.repeat(64) } : row));
    const plan = planMigrations(local, rows);
    expect(!plan.ok && plan.error).toEqual([{ kind: 'chain_changed', version: 2, message: expect.stringContaining('the migrations before 2 (002_m2.up.sql)') }]);
  });
});
