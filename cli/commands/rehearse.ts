import { parseArgs } from 'node:util';
import { loadBundle } from '../../lib/server/apply';
import { rehearse, type RehearsalEvent, type RehearsalReport, type RehearsalTarget } from '../../lib/server/rehearsal';
import { readDiagram } from '../bundle-output';
import { outputFormat, parseCommandLine, requirePositionals, type Command } from '../command';
import { CliError, EXIT, type CliIo } from '../io';
import { wholeNumber } from './live-shared';

export const rehearseCommand: Command = {
  name: 'rehearse',
  summary: 'Rehearse on production-like data: synthetic rows, timed migration, EXPLAIN per access pattern',
  usage: 'rehearse <diagram.json> [--sandbox | --database-url URL [--in-place]] [--scale 0.01] [--max-rows N] [--after next.json | --bundle DIR] [--apply-proposals] [--format text|json]',
  details: [
    'Creates the diagram\'s schema in a scratch target, fills every table with synthetic',
    'rows at its declared volume (times --scale, at most --max-rows per table), runs',
    'ANALYZE, applies the migration to --after (or a --bundle) timing each step, then runs',
    'EXPLAIN (ANALYZE, BUFFERS) for every access pattern with parameter values taken from',
    'the data. Sequential scans of large tables are flagged with the index the advisor',
    'proposes; with --apply-proposals the index is created and the plan shown again.',
    'The scratch target is thrown away afterwards. Progress goes to stderr.',
    '',
    'Targets (never a database in use):',
    '  --sandbox                  In-memory PostgreSQL 18 with pgvector (the default)',
    '  --database-url URL         A server: a scratch database is created there and dropped',
    '  --in-place                 Use the database of --database-url itself; refused unless empty',
    '  --keep                     Keep the scratch database (prints its name)',
    '',
    'Options:',
    '  --scale F                  Fraction of the declared rows (default 0.01)',
    '  --max-rows N               Cap per table (default 200000)',
    '  --seed N                   Same seed, same rows (default 1)',
    '  --large-table-rows N       Flag seq scans reading at least N rows (default 10000)',
    '  --format text|json',
    '',
    'Exit status: 0 rehearsed, 1 refused or failed, 2 usage error.',
  ].join('\n'),

  async run(argv, io) {
    const { values, positionals } = parseCommandLine('rehearse', () => parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: {
        sandbox: { type: 'boolean' }, 'database-url': { type: 'string' }, 'in-place': { type: 'boolean' }, keep: { type: 'boolean' },
        scale: { type: 'string' }, 'max-rows': { type: 'string' }, seed: { type: 'string' }, 'large-table-rows': { type: 'string' },
        after: { type: 'string' }, bundle: { type: 'string' }, 'apply-proposals': { type: 'boolean' }, format: { type: 'string' },
      },
    }));
    const [file] = requirePositionals('rehearse', positionals, ['diagram.json']);
    const format = outputFormat(values.format);
    if (values.sandbox && values['database-url']) throw new CliError('--sandbox and --database-url exclude each other');
    if (values.after && values.bundle) throw new CliError('--after and --bundle exclude each other');
    const url = values['database-url'];
    const target: RehearsalTarget = url === undefined ? { kind: 'sandbox' }
      : values['in-place'] ? { kind: 'empty_database', url } : { kind: 'scratch_database', url, keep: values.keep ?? false };
    const scale = values.scale === undefined ? undefined : Number(values.scale);
    if (scale !== undefined && !(scale > 0 && scale <= 10)) throw new CliError(`--scale must be a number in (0, 10] (got "${values.scale}")`);
    const document = await readDiagram(io, file!);
    const after = values.after ? await readDiagram(io, values.after) : undefined;
    let bundle;
    if (values.bundle) {
      const loaded = await loadBundle(values.bundle);
      if (!loaded.ok) throw new CliError(loaded.error.message, EXIT.problems);
      bundle = loaded.value;
    }
    const result = await rehearse({
      document, after, bundle, target, applyProposals: values['apply-proposals'] ?? false,
      largeTableRows: wholeNumber('--large-table-rows', values['large-table-rows']),
      synthetic: { scale, maxRows: wholeNumber('--max-rows', values['max-rows']), seed: wholeNumber('--seed', values.seed) },
      onEvent: progress(io),
    });
    if (!result.ok) {
      io.stderr(`${result.error.message}\n`);
      return EXIT.problems;
    }
    io.stdout(format === 'json' ? `${JSON.stringify(result.value, null, 2)}\n` : textReport(result.value));
    return EXIT.ok;
  },
};

function progress(io: CliIo): (event: RehearsalEvent) => void {
  return (e) => {
    switch (e.kind) {
      case 'target': return io.stderr(`Rehearsing in ${e.where} (PostgreSQL ${e.server}).\n`);
      case 'schema': return io.stderr(`Schema: ${e.statements} statements in ${e.durationMs} ms.\n`);
      case 'load': return io.stderr(`  ${e.table}: ${e.rowsDone.toLocaleString('en')} / ${e.rows.toLocaleString('en')} rows (${e.durationMs} ms)\n`);
      case 'table_failed': return io.stderr(`  ${e.table}: FAILED ${e.message}\n`);
      case 'indexes': return io.stderr(`Built ${e.count} indexes in ${e.durationMs} ms.\n`);
      case 'analyze': return io.stderr(`ANALYZE in ${e.durationMs} ms.\n`);
      case 'migration':
        if (e.event.kind === 'statement' && e.event.status === 'done') io.stderr(`  ${e.event.fileName} [${e.event.index}/${e.event.count}] ${e.event.durationMs.toFixed(1)} ms\n`);
        return;
      case 'explain': return;
      case 'proposal_applied': return io.stderr(`Created ${e.index} on ${e.table} in ${e.durationMs} ms.\n`);
    }
  };
}

function textReport(r: RehearsalReport): string {
  const lines = [`Rehearsal in ${r.target.where} (PostgreSQL ${r.target.server}), scale ${r.scale}, seed ${r.seed}: ${r.totalMs} ms`, '', 'Data:'];
  for (const t of r.tables) {
    lines.push(`  ${t.table.padEnd(28)} ${String(t.rows).padStart(10)} rows ${String(t.durationMs).padStart(7)} ms${t.declaredRows !== null ? `  (declared ${t.declaredRows})` : ''}${t.error ? `  FAILED: ${t.error}` : ''}`);
    for (const n of t.notes) lines.push(`      ${n}`);
  }
  lines.push(`  indexes built after the load: ${r.indexes.count} in ${r.indexes.durationMs} ms; ANALYZE ${r.analyzeMs} ms`);
  if (r.migration) {
    lines.push('', `Migration (${r.migration.totalMs} ms):`);
    for (const s of r.migration.steps) lines.push(`  ${s.fileName.padEnd(40)} ${String(s.durationMs).padStart(7)} ms${s.transactional ? '' : '  (no transaction)'}`);
  }
  lines.push('', 'Access patterns:');
  for (const p of r.patterns) {
    lines.push(`  ${p.table}: ${p.pattern}`);
    if (p.skipped) {
      lines.push(`      skipped: ${p.skipped}`);
      continue;
    }
    const plan = (s: NonNullable<typeof p.before>) => `${s.nodeTypes.join(' → ')}${s.indexes.length ? ` [${s.indexes.join(', ')}]` : ''}; ${s.executionMs?.toFixed(2)} ms; buffers hit ${s.buffers.hit}, read ${s.buffers.read}`;
    lines.push(`      plan:  ${plan(p.before!)}`);
    if (p.seqScanOnLargeTable) lines.push(`      SEQUENTIAL SCAN of ${p.before!.seqScans.map((s) => `${s.relation} (${Math.round(s.rowsScanned)} rows)`).join(', ')}`);
    if (p.proposal && p.seqScanOnLargeTable) {
      lines.push(`      proposed index ${p.proposal.indexName}: ${p.proposal.fix.description}`);
      for (const reason of p.proposal.reasons) lines.push(`        - ${reason}`);
    }
    if (p.after) lines.push(`      after: ${plan(p.after)}`);
  }
  return `${lines.join('\n')}\n`;
}
