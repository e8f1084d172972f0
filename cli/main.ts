import { commandHelp, mainHelp } from './help';
import { CliError, EXIT, nodeIo, type CliIo, type ExitCode } from './io';
import { findCommand, suggestCommand } from './registry';
import { cliVersion } from './version';

/** Whether a help flag appears among the options (not after a `--`). */
const wantsHelp = (argv: readonly string[]) => {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
};

/**
 * Runs one invocation of `tablecraft` and returns its exit code. Usage errors and
 * unreadable inputs become a message on stderr that says what and where; any
 * other exception is a bug and propagates with its stack.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(mainHelp(cliVersion()));
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h') {
    io.stdout(mainHelp(cliVersion()));
    return EXIT.ok;
  }
  if (name === '--version') {
    io.stdout(`${cliVersion()}\n`);
    return EXIT.ok;
  }
  if (name === 'help') return help(rest[0], io);

  const command = findCommand(name);
  if (!command) {
    const suggestion = suggestCommand(name);
    const what = name.startsWith('-') ? `unknown option "${name}"` : `unknown command "${name}"`;
    io.stderr(`tablecraft: ${what}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}\nRun "tablecraft --help" for the list of commands.\n`);
    return EXIT.usage;
  }
  if (wantsHelp(rest)) {
    io.stdout(commandHelp(command));
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr(`tablecraft ${command.name}: ${error.message}\n`);
    return error.exitCode;
  }
}

/** `tablecraft help [command]`. */
function help(topic: string | undefined, io: CliIo): ExitCode {
  if (topic === undefined) {
    io.stdout(mainHelp(cliVersion()));
    return EXIT.ok;
  }
  const command = findCommand(topic);
  if (command) {
    io.stdout(commandHelp(command));
    return EXIT.ok;
  }
  io.stderr(`tablecraft help: unknown command "${topic}". Run "tablecraft --help" for the list of commands.\n`);
  return EXIT.usage;
}

/** The entry point used by bin/tablecraft.mjs. */
export async function main(argv: readonly string[]): Promise<ExitCode> {
  // `tablecraft schema | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(EXIT.ok);
  });
  const io = nodeIo();
  return runCli(argv, io).catch((error: unknown) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`tablecraft: internal error; this is a bug in Tablecraft, please report it with the output below.\n${detail}\n`);
    return EXIT.internal;
  });
}
