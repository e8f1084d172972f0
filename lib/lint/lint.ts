import { runsInTransaction } from '../migrations/markers';
import { kindOf, pick } from './ast';
import { loadSqlParser, parseSql, type ParsedStatement } from './parse-sql';
import { INVALID_SUPPRESSION, LINT_RULES, resolveRuleIds, SYNTAX_ERROR, UNUSED_SUPPRESSION } from './registry';
import type { FileFacts, StatementContext } from './rule';
import { excerpt, SourceText } from './source-text';
import { MigrationState } from './state';
import { matchSuppression, readSuppressions } from './suppressions';
import { DEFAULT_PG_VERSION, type Finding, type LintFile, type LintOptions, type LintReport, type RuleInfo } from './types';

/** Lints migration files in the order they run. Loads the SQL parser on first use. */
export async function lintMigrations(files: readonly LintFile[], options: LintOptions = {}): Promise<LintReport> {
  await loadSqlParser();
  return lintMigrationsSync(files, options);
}

/**
 * The same, synchronously, for callers that already awaited `loadSqlParser()`
 * (the migration generator lints what it emits without becoming async).
 */
export function lintMigrationsSync(files: readonly LintFile[], options: LintOptions = {}): LintReport {
  const pgVersion = options.pgVersion ?? DEFAULT_PG_VERSION;
  const disabled = resolveRuleIds(options.disable ?? []);
  if (!disabled.ok) throw new Error(`lintMigrations: ${disabled.error}`);
  const rules = LINT_RULES.filter((rule) => !disabled.value.includes(rule.id));
  const state = new MigrationState();
  const findings: Finding[] = [];

  for (const file of options.baseline ?? []) {
    const parsed = parseSql(file.text);
    const source = new SourceText(file.text);
    for (const problem of parsed.syntaxErrors) findings.push(fileFinding(SYNTAX_ERROR, `Baseline: ${problem.message}`, file.name, source, problem.offset));
    for (const statement of parsed.statements) state.apply(statement.node, true);
  }

  for (const file of files) {
    state.startFile();
    const source = new SourceText(file.text);
    const parsed = parseSql(file.text);
    const facts: FileFacts = {
      name: file.name,
      noTransactionMarker: !runsInTransaction(file.text),
      hasTransactionStatements: parsed.statements.some((s) => isTransactionControl(s)),
    };
    const fileFindings: Finding[] = [];
    for (const problem of parsed.syntaxErrors) fileFindings.push(fileFinding(SYNTAX_ERROR, problem.message, file.name, source, problem.offset));
    const { suppressions, problems } = readSuppressions(parsed.comments, parsed.statements);
    for (const problem of problems) fileFindings.push(fileFinding(INVALID_SUPPRESSION, problem.message, file.name, source, problem.offset));

    parsed.statements.forEach((statement, index) => {
      const text = source.slice(statement.start, statement.end);
      const context: StatementContext = { node: statement.node, index, text, file: facts, state, pgVersion };
      for (const rule of rules) {
        for (const hit of rule.check(context)) {
          const suppression = matchSuppression(suppressions, rule.id, index);
          fileFindings.push({
            ruleId: rule.id,
            slug: rule.slug,
            severity: hit.severity ?? rule.severity,
            message: hit.message,
            objects: hit.objects,
            location: { file: file.name, ...source.position(hit.at ?? statement.start), statementIndex: index },
            statement: excerpt(text),
            ...(hit.fix ? { fix: hit.fix } : {}),
            suppressed: suppression !== undefined,
            ...(suppression ? { suppressionReason: suppression.reason } : {}),
          });
        }
      }
      state.apply(statement.node);
    });

    for (const unused of suppressions.filter((s) => !s.used && s.ruleIds.some((id) => !disabled.value.includes(id)))) {
      const what = unused.ruleIds.join(', ');
      const where = unused.scope === 'file' ? 'anywhere in the file' : 'on the next statement';
      fileFindings.push(fileFinding(UNUSED_SUPPRESSION, `The suppression of ${what} matches no finding ${where}; remove it.`, file.name, source, unused.offset));
    }
    fileFindings.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column || a.ruleId.localeCompare(b.ruleId));
    findings.push(...fileFindings);
  }

  return { files: files.map((f) => f.name), pgVersion, findings, summary: summarize(findings) };
}

function isTransactionControl(statement: ParsedStatement): boolean {
  const kind = pick(statement.node, 'TransactionStmt')?.kind;
  return kindOf(statement.node) === 'TransactionStmt' && kind !== 'TRANS_STMT_SAVEPOINT' && kind !== 'TRANS_STMT_RELEASE';
}

function fileFinding(info: RuleInfo, message: string, file: string, source: SourceText, offset: number): Finding {
  const position = source.position(offset);
  const lineText = source.text.split('\n')[position.line - 1] ?? '';
  return {
    ruleId: info.id, slug: info.slug, severity: info.severity, message, objects: [],
    location: { file, ...position, statementIndex: -1 },
    statement: excerpt(lineText), suppressed: false,
  };
}

function summarize(findings: readonly Finding[]) {
  const active = findings.filter((f) => !f.suppressed);
  return {
    errors: active.filter((f) => f.severity === 'error').length,
    warnings: active.filter((f) => f.severity === 'warning').length,
    infos: active.filter((f) => f.severity === 'info').length,
    suppressed: findings.length - active.length,
  };
}
