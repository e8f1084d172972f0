import { parseArgs } from 'node:util';
import { fromPg, introspect } from '../../lib/server/introspect';
import { connectLive } from '../../lib/server/live';
import { redact } from '../../lib/server/live/redact';
import { CliError, EXIT, writeOutput } from '../io';
import { parseCommandLine, requirePositionals, type Command } from '../command';
import { databaseUrl } from './live-shared';

export const introspectCommand: Command = {
  name: 'introspect',
  summary: 'Read a live database into a diagram',
  usage: 'introspect --database-url URL [-o diagram.json] [--name NAME] [--force]',
  details: [
    'Reads schemas, tables, columns (exact types, defaults, identity, generated),',
    'keys, checks, foreign keys, indexes, partitions, enums, domains, comments and',
    'extensions of a live database into a new diagram document (JSON). What a diagram',
    'cannot hold exactly is listed as warnings on stderr.',
    '',
    'Options:',
    '  --database-url URL   postgres://user:password@host:port/db (or DATABASE_URL)',
    '  -o, --output FILE    Write the diagram here (default: stdout)',
    '  --name NAME          The diagram\'s name (default: the database name)',
    '  --force              Overwrite the output file',
    '',
    'Exit status: 0 done, 1 cannot connect or read, 2 usage error.',
  ].join('\n'),

  async run(argv, io) {
    const { values, positionals } = parseCommandLine('introspect', () => parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: { 'database-url': { type: 'string' }, output: { type: 'string', short: 'o' }, name: { type: 'string' }, force: { type: 'boolean' } },
    }));
    requirePositionals('introspect', positionals, []);
    const url = databaseUrl('introspect', values['database-url']);
    const connected = await connectLive(url, { applicationName: 'tablecraft introspect' });
    if (!connected.ok) throw new CliError(connected.error.message, EXIT.problems);
    const live = connected.value;
    try {
      const database = new URL(url).pathname.slice(1) || 'database';
      const result = await introspect(fromPg(live.client), { name: values.name ?? database });
      if (!result.ok) throw new CliError(result.error.message, EXIT.problems);
      for (const warning of result.value.warnings) io.stderr(`warning: ${warning}\n`);
      await writeOutput(io, values.output, `${JSON.stringify(result.value.document, null, 2)}\n`, { exclusive: !values.force });
      if (values.output) io.stderr(`Wrote ${values.output}: ${result.value.document.tables.length} table(s).\n`);
      return EXIT.ok;
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(redact(`cannot read ${live.where}: ${(error as Error).message}`, live.secrets), EXIT.problems);
    } finally {
      await live.close();
    }
  },
};
