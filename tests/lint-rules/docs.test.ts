import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_RULE_INFO, BUILT_IN_FINDINGS, lintMigrations } from '../../lib/lint';

const doc = readFileSync(new URL('../../docs/lint-rules.md', import.meta.url), 'utf8');

/** The text of one rule's section: from its heading to the next heading. */
function section(id: string): string {
  const start = doc.search(new RegExp(`^## ${id} `, 'm'));
  if (start === -1) return '';
  const next = doc.slice(start + 3).search(/^#{1,2} /m);
  return next === -1 ? doc.slice(start) : doc.slice(start, start + 3 + next);
}

describe('docs/lint-rules.md', () => {
  it.each(ALL_RULE_INFO.map((rule) => [rule.id, rule] as const))('documents %s with its slug, severity, reasons and examples', (_id, rule) => {
    const text = section(rule.id);
    expect(text, `docs/lint-rules.md has no "## ${rule.id} ${rule.slug}" section`).not.toBe('');
    expect(text).toContain(`## ${rule.id} ${rule.slug}\n`);
    expect(text).toContain(`**Severity:** ${rule.severity}`);
    expect(text).toContain(rule.rationale);
    expect(text).toContain(rule.instead);
    expect(text).toContain(`\`\`\`sql\n${rule.examples.bad}\n\`\`\``);
    expect(text).toContain(`\`\`\`sql\n${rule.examples.good}\n\`\`\``);
    expect(doc).toContain(`| ${rule.id} | ${rule.slug} | ${rule.severity} | ${rule.title} |`);
  });

  it('documents no rule that is not registered', () => {
    const documented = [...doc.matchAll(/^## (TC\d+) /gm)].map((m) => m[1]);
    expect(documented).toEqual(ALL_RULE_INFO.map((rule) => rule.id));
  });

  // Statement rules' examples run in their own test files; these are the built-in findings'.
  it.each(BUILT_IN_FINDINGS.map((rule) => [rule.id, rule] as const))('%s: the bad example produces it and the good one does not', async (id, rule) => {
    const ids = async (text: string) => (await lintMigrations([{ name: 'x.sql', text }])).findings.map((f) => f.ruleId);
    expect(await ids(rule.examples.bad)).toContain(id);
    expect(await ids(rule.examples.good)).not.toContain(id);
  });
});
