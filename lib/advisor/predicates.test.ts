import { describe, expect, it } from 'vitest';
import { saasTemplate } from '../templates/saas';
import { adviseDocument } from './advise';
import { normalizeClause, predicateClauses, predicateImplied } from './predicates';

describe('predicate matching', () => {
  it('normalizes quoting, case, spacing and boolean spellings', () => {
    expect(normalizeClause(`"status" = 'Active'`)).toBe(normalizeClause(`status='Active'`));
    expect(normalizeClause('NOT done')).toBe(normalizeClause('"done" = false'));
    expect(normalizeClause('(archived_at IS NULL)')).toBe(normalizeClause('"archived_at" IS NULL'));
    expect(normalizeClause(`status = 'a'`)).not.toBe(normalizeClause(`status = 'A'`));
  });

  it('splits at top-level AND only, and implies by clause inclusion', () => {
    expect(predicateClauses(`a = 1 AND (b = 2 OR c = 'x AND y')`)).toEqual(['a = 1', `b = 2 or c = 'x AND y'`]);
    expect(predicateImplied(['a = 1'], ['a = 1', 'b = 2'])).toBe(true);
    expect(predicateImplied(['a = 1', 'c = 3'], ['a = 1'])).toBe(false);
  });

  it('recognizes the SaaS template\'s partial index as serving its IS NULL pattern', () => {
    const result = adviseDocument(saasTemplate());
    expect(result.coverage.map((c) => c.servedBy)).toEqual([
      { kind: 'existing', name: 'projects_active_idx' },
      { kind: 'existing', name: 'tasks_project_idx' },
    ]);
    expect(result.proposals).toEqual([]);
  });
});
