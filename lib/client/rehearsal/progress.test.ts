import { describe, expect, it } from 'vitest';
import type { RehearsalEventDto } from '../../api/dto';
import { emptyProgress, foldProgress } from './progress';

const fold = (events: RehearsalEventDto[]) => events.reduce(foldProgress, emptyProgress());

describe('foldProgress', () => {
  it('keeps one line per table with its latest row count, and marks failed tables', () => {
    const p = fold([
      { kind: 'target', where: 'the sandbox', server: '18.1' },
      { kind: 'load', table: 'users', rowsDone: 500, rows: 1000, durationMs: 10 },
      { kind: 'load', table: 'users', rowsDone: 1000, rows: 1000, durationMs: 21 },
      { kind: 'table_failed', table: 'events', message: 'check violated' },
    ]);
    expect(p.where).toBe('the sandbox (PostgreSQL 18.1)');
    expect(p.tables).toEqual([
      { table: 'users', rowsDone: 1000, rows: 1000, durationMs: 21, failed: null },
      { table: 'events', rowsDone: 0, rows: 0, durationMs: 0, failed: 'check violated' },
    ]);
  });

  it('sums finished statements per migration file and keeps the failure', () => {
    const statement = (index: number, status: 'started' | 'done' | 'failed', durationMs: number) => ({
      kind: 'migration' as const,
      event: { kind: 'statement' as const, version: 2, fileName: 'V2__x.sql', direction: 'up' as const, index, count: 2, sql: 'SELECT 1', status, durationMs, ...(status === 'failed' ? { error: 'boom' } : {}) },
    });
    const p = fold([statement(1, 'started', 0), statement(1, 'done', 1.5), statement(2, 'failed', 2)]);
    expect(p.steps).toEqual([{ fileName: 'V2__x.sql', statements: 2, durationMs: 3.5, failed: 'statement 2 of 2: boom' }]);
  });
});
