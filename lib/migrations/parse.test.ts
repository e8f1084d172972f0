import { describe, expect, it } from 'vitest';
import { NO_TRANSACTION_MARKER } from './markers';
import { parseMigrationSet, type MigrationFile } from './parse';

const file = (fileName: string, sql = `-- ${fileName}\nSELECT 1;`): MigrationFile => ({ fileName, sql });
const pair = (stem: string): MigrationFile[] => [file(`${stem}.up.sql`), file(`${stem}.down.sql`)];

function problemsOf(files: MigrationFile[]) {
  const result = parseMigrationSet(files);
  if (result.ok) throw new Error('expected the set to be refused');
  return result.error;
}

describe('parseMigrationSet', () => {
  it('orders migrations by version, not by the order the files came in, and allows gaps', () => {
    const result = parseMigrationSet([...pair('010_add_index'), ...pair('002_create_orders'), ...pair('001_create_users')]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((m) => [m.version, m.name])).toEqual([[1, 'create_users'], [2, 'create_orders'], [10, 'add_index']]);
    expect(result.value[0]).toMatchObject({
      upFile: '001_create_users.up.sql',
      downFile: '001_create_users.down.sql',
      up: '-- 001_create_users.up.sql\nSELECT 1;',
      down: '-- 001_create_users.down.sql\nSELECT 1;',
      transactional: true,
      downTransactional: true,
    });
  });

  it('accepts bundle paths and keeps them in the file names', () => {
    const result = parseMigrationSet(pair('migrations/003_x'));
    expect(result.ok && result.value[0]?.upFile).toBe('migrations/003_x.up.sql');
  });

  it('reads the no-transaction marker from the first line of each script only', () => {
    const result = parseMigrationSet([
      file('001_idx.up.sql', `\n${NO_TRANSACTION_MARKER}\nCREATE INDEX CONCURRENTLY i ON t (a);`),
      file('001_idx.down.sql', 'DROP INDEX i;'),
      file('002_late.up.sql', `SELECT 1;\n${NO_TRANSACTION_MARKER}\n`),
      file('002_late.down.sql', `${NO_TRANSACTION_MARKER}  \r\nDROP INDEX CONCURRENTLY j;`),
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((m) => [m.transactional, m.downTransactional])).toEqual([[false, true], [true, false]]);
  });

  it('refuses an UP without a DOWN, and a DOWN without an UP, naming the missing file', () => {
    const problems = problemsOf([file('001_a.up.sql'), file('002_b.down.sql')]);
    expect(problems).toEqual([
      { fileName: '001_a.up.sql', message: expect.stringContaining('add "001_a.down.sql"') },
      { fileName: '002_b.down.sql', message: expect.stringContaining('add "002_b.up.sql"') },
    ]);
  });

  it('refuses two migrations with the same version, even when spelled differently', () => {
    const problems = problemsOf([...pair('003_a'), ...pair('3_b')]);
    expect(problems).toHaveLength(2);
    expect(problems[0]?.message).toContain('version 3 is used by more than one migration (003_a, 3_b)');
  });

  it('refuses bad file names with the expected pattern in the message', () => {
    const problems = problemsOf([file('create_users.sql'), file('001_x.sideways.sql'), file('000_zero.up.sql'), file('001_.up.sql')]);
    expect(problems.map((p) => p.fileName)).toEqual(['create_users.sql', '001_x.sideways.sql', '000_zero.up.sql', '001_.up.sql']);
    expect(problems[0]?.message).toContain('expected NNN_slug.up.sql or NNN_slug.down.sql');
    expect(problems[2]?.message).toContain('must be from 1 to');
  });

  it('refuses a file listed twice', () => {
    const problems = problemsOf([...pair('001_a'), file('001_a.up.sql')]);
    expect(problems).toEqual([{ fileName: '001_a.up.sql', message: '"001_a.up.sql" is listed twice' }]);
  });

  it('reports every problem at once', () => {
    const problems = problemsOf([file('nope.txt'), file('002_b.up.sql'), ...pair('004_c'), ...pair('004_d')]);
    expect(problems).toHaveLength(4);
  });

  it('accepts an empty set', () => {
    expect(parseMigrationSet([])).toEqual({ ok: true, value: [] });
  });
});
