import { describe, expect, it } from 'vitest';
import { lintMigrations } from './lint';
import { ALL_RULE_INFO, LINT_RULES } from './registry';

const lint = (...texts: string[]) => lintMigrations(texts.map((text, i) => ({ name: `00${i + 1}.sql`, text })));

describe('lintMigrations', () => {
  it('gives each finding its file, line, character column and statement index after multibyte text', async () => {
    const report = await lint('-- ünïcödé ✓\nCREATE TABLE "bıgınt" (id bigint);\nALTER TABLE "bıgınt" ADD COLUMN note text; ALTER TABLE orders ADD COLUMN meta json;');
    const finding = report.findings.find((f) => f.ruleId === 'TC011');
    // `json` is the 79th character of line 3 (its 82nd byte: each ı is two bytes).
    expect(finding?.location).toEqual({ file: '001.sql', line: 3, column: 79, statementIndex: 2 });
    expect(finding?.statement).toBe('ALTER TABLE orders ADD COLUMN meta json');
  });

  it('treats a table created in an earlier file as new', async () => {
    const report = await lint("SET lock_timeout = '1s';\nCREATE TABLE t (id bigint);", "SET lock_timeout = '1s';\nCREATE INDEX t_id ON t (id);");
    expect(report.findings).toEqual([]);
  });

  it('reports a syntax error as a finding and lints the rest', async () => {
    const report = await lint("SET lock_timeout = '1s';\nALTER TABLE orders ADD COLUMN;\nTRUNCATE orders;");
    expect(report.findings.map((f) => [f.ruleId, f.location.line])).toEqual([['TC100', 2], ['TC021', 3]]);
    expect(report.summary.errors).toBe(2);
  });

  it('reports suppressions without a reason or with an unknown rule, and does not apply them', async () => {
    const report = await lint([
      "SET lock_timeout = '1s';",
      '-- tablecraft-lint-disable-next-statement TC021',
      'TRUNCATE a;',
      '-- tablecraft-lint-disable-next-statement TC999: because',
      'TRUNCATE b;',
    ].join('\n'));
    expect(report.findings.map((f) => [f.ruleId, f.location.line, f.suppressed])).toEqual([
      ['TC101', 2, false], ['TC021', 3, false], ['TC101', 4, false], ['TC021', 5, false],
    ]);
    expect(report.findings[0]?.message).toContain('a reason is required');
    expect(report.findings[2]?.message).toContain('unknown rule "TC999"');
  });

  it('keeps suppressed findings with their reason, out of the counts; accepts slugs', async () => {
    const report = await lint("SET lock_timeout = '1s';\n-- tablecraft-lint-disable-next-statement truncate-table: cache table, rebuilt nightly\nTRUNCATE cache;");
    expect(report.findings).toMatchObject([{ ruleId: 'TC021', suppressed: true, suppressionReason: 'cache table, rebuilt nightly' }]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, infos: 0, suppressed: 1 });
  });

  it('warns about a suppression that matches nothing', async () => {
    const report = await lint('-- tablecraft-lint-disable-next-statement TC021: not needed\nSELECT 1;');
    expect(report.findings.map((f) => f.ruleId)).toEqual(['TC102']);
  });

  it('skips disabled rules', async () => {
    const report = await lintMigrations([{ name: 'a.sql', text: 'CREATE INDEX i ON t (x);' }], { disable: ['TC005', 'require-lock-timeout'] });
    expect(report.findings).toEqual([]);
  });

  it('has unique, well-formed ids and slugs, and a severity of each kind', () => {
    const ids = ALL_RULE_INFO.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ALL_RULE_INFO.map((r) => r.slug)).size).toBe(ids.length);
    for (const rule of ALL_RULE_INFO) expect(`${rule.id} ${rule.slug}`).toMatch(/^TC\d{3} [a-z]+(-[a-z]+)*$/);
    expect(new Set(LINT_RULES.map((r) => r.severity))).toEqual(new Set(['error', 'warning', 'info']));
  });
});
