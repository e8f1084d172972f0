import { parseArgs } from 'node:util';
import { connectLive, redact } from '../../lib/server/live';
import { discoverFromDatabase, type DiscoveryReport } from '../../lib/server/discovery';
import { fromPg } from '../../lib/server/introspect';
import type { DiagramDocument } from '../../lib/model';
import { readDiagram } from '../bundle-output';
import { outputFormat, parseCommandLine, requirePositionals, type Command } from '../command';
import { CliError, EXIT } from '../io';
import { databaseUrl, wholeNumber } from './live-shared';

export const discoverCommand: Command = {
  name: 'discover',
  summary: 'Find functional dependencies in a database\'s rows and suggest declaring them',
  usage: 'discover <diagram.json> --database-url URL [--sample 10000] [--max-error 0.01] [--max-lhs 3] [--table NAME]… [--format text|json]',
  details: [
    'Samples the rows of each diagram table from the database (columns matched by name)',
    'and searches for functional dependencies X → A with up to --max-lhs columns in X:',
    'exact ones, and approximate ones whose g3 error (the share of rows to delete for',
    'it to hold) is at most --max-error. Dependencies the keys and declared dependencies',
    'already imply, dependents marked as snapshots, and dependencies an accepted',
    'exception covers are left out. Read-only: one READ ONLY transaction, rolled back.',
    'Each suggestion can be declared in the diagram; then `tablecraft check` judges it.',
    '',
    'Options:',
    '  --database-url URL   The database to sample (default: DATABASE_URL)',
    '  --sample N           Rows per table (default 10000)',
    '  --max-error F        Largest g3 error reported, 0 for exact only (default 0.01)',
    '  --max-lhs N          Largest determinant, 1–4 columns (default 3)',
    '  --table NAME         Only this table (repeatable)',
    '  --seed N             Same seed, same sample (default 42)',
    '  --format text|json',
    '',
    'Exit status: 0 done (suggestions are not failures), 1 cannot connect or read, 2 usage error.',
  ].join('\n'),

  async run(argv, io) {
    const { values, positionals } = parseCommandLine('discover', () => parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: {
        'database-url': { type: 'string' }, sample: { type: 'string' }, 'max-error': { type: 'string' }, 'max-lhs': { type: 'string' },
        table: { type: 'string', multiple: true }, seed: { type: 'string' }, format: { type: 'string' },
      },
    }));
    const [file] = requirePositionals('discover', positionals, ['diagram.json']) as [string];
    const format = outputFormat(values.format);
    const url = databaseUrl('discover', values['database-url']);
    const maxError = fraction('--max-error', values['max-error']);
    const document = await readDiagram(io, file);
    const tableIds = values.table?.map((name) => tableId(document, name));

    const connected = await connectLive(url, { applicationName: 'tablecraft discover' });
    if (!connected.ok) throw new CliError(connected.error.message, EXIT.problems);
    const live = connected.value;
    let report: DiscoveryReport;
    try {
      report = await discoverFromDatabase(fromPg(live.client), document, {
        tableIds, maxError, sampleSize: wholeNumber('--sample', values.sample), maxLhs: wholeNumber('--max-lhs', values['max-lhs']), seed: wholeNumber('--seed', values.seed),
      });
    } catch (error) {
      if (error instanceof Error && error.name === 'ZodError') throw new CliError(`invalid option: ${optionProblem(error)}`);
      throw new CliError(`${live.where}: ${redact((error as Error).message, live.secrets)}`, EXIT.problems);
    } finally {
      await live.close();
    }
    io.stdout(format === 'json' ? `${JSON.stringify({ file, ...report }, null, 2)}\n` : textReport(document, report));
    return EXIT.ok;
  },
};

function fraction(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d*\.?\d+$/.test(value.trim()) || !(n >= 0 && n <= 0.5)) throw new CliError(`${name} must be a number from 0 to 0.5 (got "${value}")`);
  return n;
}

function tableId(doc: DiagramDocument, name: string): string {
  const matches = doc.tables.filter((t) => t.name === name || `${doc.schemas.find((s) => s.id === t.schemaId)?.name}.${t.name}` === name);
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length === 0) throw new CliError(`--table: no table "${name}" in the diagram`);
  throw new CliError(`--table: "${name}" names ${matches.length} tables; write it as schema.table`);
}

function optionProblem(error: Error): string {
  const issue = (error as Error & { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
  return issue ? `${issue.path.join('.')}: ${issue.message}` : error.message;
}

function textReport(doc: DiagramDocument, report: DiscoveryReport): string {
  const lines: string[] = [];
  for (const t of report.tables) {
    const hashed = t.columns.filter((c) => c.handling === 'hashed').map((c) => c.name);
    const missing = t.columns.filter((c) => c.handling === 'missing').map((c) => c.name);
    lines.push(`${t.tableName}: ${t.sampledRows} rows sampled (${t.method === 'tablesample' ? 'TABLESAMPLE SYSTEM' : 'random order'}, ~${Math.max(0, Math.round(t.estimatedRows))} in the table, ${t.ms} ms)`
      + `${hashed.length ? `; compared by md5: ${hashed.join(', ')}` : ''}${missing.length ? `; not in the database: ${missing.join(', ')}` : ''}`);
    const table = doc.tables.find((x) => x.id === t.tableId)!;
    const name = (id: string) => table.columns.find((c) => c.id === id)!.name;
    if (t.suggestions.length === 0) lines.push('  nothing to suggest');
    for (const s of t.suggestions) {
      const dep = s.dependency!;
      lines.push(`  ${s.severity.padEnd(7)} ${dep.determinant.map(name).join(', ')} → ${dep.dependent.map(name).join(', ')}  [confidence ${s.confidence}]`);
      lines.push(`          ${s.reason}`);
    }
  }
  for (const s of report.skipped) lines.push(`${s.tableName}: skipped: ${s.reason}`);
  lines.push(`${report.suggestions.length} suggestion${report.suggestions.length === 1 ? '' : 's'} (SUGGESTED_DATA_DEPENDENCY; declare one in the diagram and run tablecraft check to judge it).`);
  return `${lines.join('\n')}\n`;
}
