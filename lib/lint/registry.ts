import { err, ok, type Result } from '../result';
import type { LintRule } from './rule';
import { addingVolatileDefault } from './rules/tc001-adding-volatile-default';
import { addingRequiredColumn } from './rules/tc002-adding-required-column';
import { constraintWithoutNotValid } from './rules/tc003-constraint-without-not-valid';
import { setNotNullWithoutCheck } from './rules/tc004-set-not-null-without-check';
import { indexWithoutConcurrently } from './rules/tc005-index-without-concurrently';
import { dropIndexWithoutConcurrently } from './rules/tc006-drop-index-without-concurrently';
import { concurrentlyInTransaction } from './rules/tc007-concurrently-in-transaction';
import { rewritingTypeChange } from './rules/tc008-rewriting-type-change';
import { renamingTableOrColumn } from './rules/tc009-renaming-table-or-column';
import { droppingTableOrColumn } from './rules/tc010-dropping-table-or-column';
import { preferJsonb } from './rules/tc011-prefer-jsonb';
import { preferIdentity } from './rules/tc012-prefer-identity';
import { preferTimestamptz } from './rules/tc013-prefer-timestamptz';
import { preferTextWithCheck } from './rules/tc014-prefer-text-with-check';
import { preferBigintKeys } from './rules/tc015-prefer-bigint-keys';
import { uniqueConstraintWithoutIndex } from './rules/tc016-unique-constraint-without-index';
import { requireLockTimeout } from './rules/tc017-require-lock-timeout';
import { primaryKeyWithoutIndex } from './rules/tc018-primary-key-without-index';
import { vacuumFullOrCluster } from './rules/tc019-vacuum-full-or-cluster';
import { enumValueInTransaction } from './rules/tc020-enum-value-in-transaction';
import { truncateTable } from './rules/tc021-truncate-table';
import { dropCascade } from './rules/tc022-drop-cascade';
import type { RuleInfo } from './types';

/** Every statement rule, in id order. Ids are stable: never renumber, only append. */
export const LINT_RULES: readonly LintRule[] = [
  addingVolatileDefault, addingRequiredColumn, constraintWithoutNotValid, setNotNullWithoutCheck,
  indexWithoutConcurrently, dropIndexWithoutConcurrently, concurrentlyInTransaction, rewritingTypeChange,
  renamingTableOrColumn, droppingTableOrColumn, preferJsonb, preferIdentity, preferTimestamptz,
  preferTextWithCheck, preferBigintKeys, uniqueConstraintWithoutIndex, requireLockTimeout,
  primaryKeyWithoutIndex, vacuumFullOrCluster, enumValueInTransaction, truncateTable, dropCascade,
];

/** Findings the linter itself reports about a file rather than a statement. They cannot be disabled or suppressed. */
export const SYNTAX_ERROR: RuleInfo = {
  id: 'TC100',
  slug: 'syntax-error',
  severity: 'error',
  title: 'The file does not parse as PostgreSQL',
  rationale: 'PostgreSQL would reject the statement. The statements around it are still linted (the file is cut at semicolons).',
  instead: 'Fix the statement; the message is PostgreSQL\'s own parser error.',
  examples: { bad: 'ALTER TABLE orders ADD COLUMN;', good: 'ALTER TABLE orders ADD COLUMN note text;' },
};

export const INVALID_SUPPRESSION: RuleInfo = {
  id: 'TC101',
  slug: 'invalid-suppression',
  severity: 'error',
  title: 'A suppression comment without a reason, or naming an unknown rule',
  rationale: 'A suppression is a decision someone must be able to review later; without a reason it is just a silenced alarm. An invalid suppression suppresses nothing.',
  instead: 'Write "-- tablecraft-lint-disable-next-statement TC005: <why it is safe here>" with a known rule id (or slug) and a reason.',
  examples: {
    bad: '-- tablecraft-lint-disable-next-statement TC021\nTRUNCATE orders;',
    good: '-- tablecraft-lint-disable-next-statement TC021: orders is a cache table, rebuilt nightly\nTRUNCATE orders;',
  },
};

export const UNUSED_SUPPRESSION: RuleInfo = {
  id: 'TC102',
  slug: 'unused-suppression',
  severity: 'warning',
  title: 'A suppression comment that suppresses nothing',
  rationale: 'A stale suppression hides the next real problem at that spot, and its reason no longer describes anything.',
  instead: 'Remove the comment, or name the rule that actually fires.',
  examples: {
    bad: "-- tablecraft-lint-disable-next-statement TC021: cache table\nSET lock_timeout = '5s';",
    good: "SET lock_timeout = '5s';",
  },
};

export const BUILT_IN_FINDINGS: readonly RuleInfo[] = [SYNTAX_ERROR, INVALID_SUPPRESSION, UNUSED_SUPPRESSION];

/** Every documented id: the statement rules and the built-in findings. */
export const ALL_RULE_INFO: readonly RuleInfo[] = [...LINT_RULES, ...BUILT_IN_FINDINGS];

/** A statement rule by id (`TC005`, any case) or slug. */
export function findRule(idOrSlug: string): LintRule | undefined {
  const wanted = idOrSlug.trim();
  return LINT_RULES.find((rule) => rule.id === wanted.toUpperCase() || rule.slug === wanted.toLowerCase());
}

/** Resolves a list of ids or slugs to ids, naming the first one that is not a rule. */
export function resolveRuleIds(list: readonly string[]): Result<string[], string> {
  const ids: string[] = [];
  for (const entry of list) {
    const rule = findRule(entry);
    if (!rule) return err(`unknown rule "${entry}" (rules are ${LINT_RULES[0]!.id}–${LINT_RULES.at(-1)!.id}; see docs/lint-rules.md)`);
    ids.push(rule.id);
  }
  return ok(ids);
}
