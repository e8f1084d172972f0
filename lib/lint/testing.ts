import { expect, it } from 'vitest';
import { lintMigrations } from './lint';
import type { Finding, LintOptions, RuleInfo } from './types';

/**
 * Test helpers for rule files: lint SQL as one migration file and keep the
 * findings of one rule. Not imported by production code.
 */
export async function findingsOf(rule: Pick<RuleInfo, 'id'>, sql: string | readonly string[], options: LintOptions = {}): Promise<Finding[]> {
  const texts = typeof sql === 'string' ? [sql] : sql;
  const report = await lintMigrations(texts.map((text, i) => ({ name: `m${i + 1}.sql`, text })), options);
  return report.findings.filter((f) => f.ruleId === rule.id && !f.suppressed);
}

/** The two tests every rule has: its documented bad example fires it, its good example does not. */
export function itHoldsItsExamples(rule: RuleInfo, options: LintOptions = {}): void {
  it(`flags its documented bad example (${rule.id})`, async () => {
    const findings = await findingsOf(rule, rule.examples.bad, options);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.slug).toBe(rule.slug);
      expect(finding.message.length).toBeGreaterThan(20);
    }
  });
  it(`passes its documented good example (${rule.id})`, async () => {
    expect(await findingsOf(rule, rule.examples.good, options)).toEqual([]);
  });
}
