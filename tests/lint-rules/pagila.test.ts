import { describe, expect, it } from 'vitest';
import { lintMigrations, type LintReport } from '../../lib/lint';
import { readPagila } from '../support/fixtures';

describe('linting the pagila schema (a pg_dump of a whole database)', () => {
  let report: LintReport;
  const lint = async () => (report ??= await lintMigrations([{ name: 'pagila-schema.sql', text: readPagila() }]));

  it('parses it completely: no syntax errors', async () => {
    expect((await lint()).findings.filter((f) => f.ruleId === 'TC100')).toEqual([]);
  });

  // As an initial schema every table is new, so none of the locking/rewrite rules
  // may fire; only type choices can. This pagila already uses text and
  // timestamptz and pg_dump writes integer + sequence instead of serial, so the
  // only type rule that fires is int keys: 13 single-column integer primary keys
  // added by `ALTER TABLE ONLY … ADD CONSTRAINT … PRIMARY KEY`, whose column types
  // the linter remembers from the CREATE TABLE earlier in the file.
  it('reports only type-choice findings, with the counts observed', async () => {
    const { findings, summary } = await lint();
    const byRule = Object.fromEntries([...new Set(findings.map((f) => f.ruleId))].map((id) => [id, findings.filter((f) => f.ruleId === id).length]));
    expect(byRule).toEqual({ TC015: 13 });
    expect(summary).toEqual({ errors: 0, warnings: 13, infos: 0, suppressed: 0 });
  });

  it('points at the right line after the multibyte domain name "bıgınt"', async () => {
    const { findings } = await lint();
    const actor = findings.find((f) => f.objects[0] === 'public.actor.actor_id');
    const lines = readPagila().split('\n');
    expect(actor?.message).toBe('Primary key public.actor.actor_id is int4 and overflows after 2,147,483,647 values; widening it later rewrites the table.');
    expect(lines[actor!.location.line - 1]!.slice(actor!.location.column - 1)).toBe('CONSTRAINT actor_pkey PRIMARY KEY (actor_id);');
    expect(actor?.statement).toBe('ALTER TABLE ONLY public.actor ADD CONSTRAINT actor_pkey PRIMARY KEY (actor_id)');
  });

  it('leaves composite keys (film_actor) and the partitioned payment key alone', async () => {
    const objects = (await lint()).findings.map((f) => f.objects[0]);
    expect(objects.some((o) => o?.startsWith('public.film_actor.') || o?.startsWith('public.payment.'))).toBe(false);
  });
});
