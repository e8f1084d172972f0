export { lintMigrations, lintMigrationsSync } from './lint';
export { loadSqlParser } from './parse-sql';
export { formatFinding, formatTextReport } from './format';
export { ALL_RULE_INFO, BUILT_IN_FINDINGS, findRule, LINT_RULES, resolveRuleIds } from './registry';
export type { LintRule, StatementContext } from './rule';
export * from './types';
