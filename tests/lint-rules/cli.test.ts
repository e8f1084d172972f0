import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => `tests/lint-rules/fixtures/${name}`;

/** Runs the real `tablecraft` bin, as a user would. */
function tablecraft(args: string[]) {
  const result = spawnSync(process.execPath, ['bin/tablecraft.mjs', 'lint', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('tablecraft lint (the real bin)', () => {
  it('passes a clean migration set, with files linted in order (a table created in 001 is new in 002)', () => {
    const { code, stdout, stderr } = tablecraft([fixture('001_create_orders.sql'), fixture('002_orders_index.sql')]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe('2 files linted (PostgreSQL 17): 0 errors, 0 warnings, 0 info.\n');
  });

  it('prints file:line:col, severity, rule and message, a summary, and exits 1 on errors', () => {
    const { code, stdout } = tablecraft([fixture('unsafe.sql')]);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines.slice(0, -2).map((l) => l.split('  ').slice(0, 3).join('  '))).toEqual([
      'tests/lint-rules/fixtures/unsafe.sql:2:1  warning  TC017 require-lock-timeout',
      'tests/lint-rules/fixtures/unsafe.sql:2:31  error  TC002 adding-required-column',
      'tests/lint-rules/fixtures/unsafe.sql:3:1  warning  TC017 require-lock-timeout',
      'tests/lint-rules/fixtures/unsafe.sql:3:31  error  TC001 adding-volatile-default',
      'tests/lint-rules/fixtures/unsafe.sql:4:1  error  TC005 index-without-concurrently',
      'tests/lint-rules/fixtures/unsafe.sql:4:1  warning  TC017 require-lock-timeout',
      'tests/lint-rules/fixtures/unsafe.sql:5:1  warning  TC017 require-lock-timeout',
      'tests/lint-rules/fixtures/unsafe.sql:5:39  warning  TC011 prefer-jsonb',
    ]);
    expect(lines[1]).toContain('Adding required column orders.status without a default fails when orders has any rows');
    expect(lines.at(-1)).toBe('1 file linted (PostgreSQL 17): 3 errors, 5 warnings, 0 info.');
  });

  it('exits 0 on warnings alone, and 1 when they exceed --max-warnings', () => {
    expect(tablecraft([fixture('warnings-only.sql')]).code).toBe(0);
    expect(tablecraft([fixture('warnings-only.sql'), '--max-warnings', '2']).code).toBe(0);
    const over = tablecraft([fixture('warnings-only.sql'), '--max-warnings', '1']);
    expect(over.code).toBe(1);
    expect(over.stdout).toContain('Too many warnings: 2 (--max-warnings 1).');
  });

  it('reports suppressed findings in JSON with their reason, not counted', () => {
    const { code, stdout } = tablecraft([fixture('suppressed.sql'), '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, infos: 0, suppressed: 1 });
    expect(report.findings).toMatchObject([{
      ruleId: 'TC005', slug: 'index-without-concurrently', severity: 'error', suppressed: true,
      suppressionReason: 'orders_archive is written once a night; a short write stop is fine',
      location: { file: fixture('suppressed.sql'), line: 3, column: 1, statementIndex: 1 },
      statement: 'CREATE INDEX orders_archive_day_idx ON orders_archive (created_on)',
      fix: { description: expect.any(String), sql: expect.stringContaining('CONCURRENTLY') },
    }]);
  });

  it('fails on a suppression without a reason, which suppresses nothing', () => {
    const { code, stdout } = tablecraft([fixture('bad-suppression.sql')]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/bad-suppression\.sql:2:1 {2}error {2}TC101 invalid-suppression {2}tablecraft-lint-disable-next-statement: a reason is required/);
    expect(stdout).toMatch(/bad-suppression\.sql:3:1 {2}error {2}TC005/);
  });

  it('reports a syntax error with its location and still lints the other statements', () => {
    const { code, stdout } = tablecraft([fixture('broken.sql')]);
    expect(code).toBe(1);
    expect(stdout).toContain('broken.sql:3:30  error  TC100 syntax-error  syntax error at or near ";"');
    expect(stdout).toContain('broken.sql:4:1  error  TC010 dropping-table-or-column');
  });

  it('honours --disable and --pg, and --schema makes the type-change rule exact', () => {
    expect(tablecraft([fixture('unsafe.sql'), '--disable', 'TC001,TC002,TC005', '--disable', 'require-lock-timeout']).code).toBe(0);
    const json = JSON.parse(tablecraft([fixture('warnings-only.sql'), '--pg', '13', '--format', 'json']).stdout);
    expect(json.pgVersion).toBe(13);
  });

  it('answers usage errors with exit 2 and a message on stderr', () => {
    const cases: [string[], RegExp][] = [
      [[], /missing <file\.sql>/],
      [[fixture('unsafe.sql'), '--pg', '9'], /--pg must be a whole number from 10 to 18 \(got "9"\)/],
      [[fixture('unsafe.sql'), '--disable', 'TC999'], /--disable: unknown rule "TC999"/],
      [[fixture('unsafe.sql'), '--format', 'xml'], /--format must be "text" or "json"/],
      [[fixture('unsafe.sql'), '--max-warnings', 'lots'], /--max-warnings must be a whole number/],
      [['tests/lint-rules/fixtures/nope.sql'], /cannot read tests\/lint-rules\/fixtures\/nope\.sql: no such file or directory/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr, stdout } = tablecraft(args);
      expect({ args, code, stdout }).toEqual({ args, code: 2, stdout: '' });
      expect(stderr).toMatch(message);
    }
  });
});
