import { CliError, type CliIo, type ExitCode } from './io';

/** A command of the `tablecraft` tool; one per file in `cli/commands/`. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The synopsis after `tablecraft`, e.g. `validate <diagram.json> [--format text|json]`. */
  readonly usage: string;
  /** What `tablecraft <name> --help` prints below the synopsis: description and options. */
  readonly details: string;
  run(argv: readonly string[], io: CliIo): Promise<ExitCode>;
}

/**
 * Runs a command's `node:util` parseArgs call and turns its errors into a usage
 * error that names the command and points at its help.
 */
export function parseCommandLine<T>(commandName: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    if (!code?.startsWith('ERR_PARSE_ARGS')) throw error;
    const option = /'([^']+)'/.exec(message ?? '')?.[1];
    const what = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option ? `unknown option "${option}"`
      : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' ? 'too many arguments'
      : (message ?? code).split('. ')[0];
    throw new CliError(`${what}\nRun "tablecraft ${commandName} --help" for usage.`);
  }
}

export type OutputFormat = 'text' | 'json';

export function outputFormat(value: string | undefined): OutputFormat {
  if (value === undefined || value === 'text' || value === 'json') return value ?? 'text';
  throw new CliError(`--format must be "text" or "json" (got "${value}")`);
}

/** Exactly `count` positional arguments, named in the message when one is missing. */
export function requirePositionals(commandName: string, positionals: readonly string[], names: readonly string[]): string[] {
  if (positionals.length < names.length) {
    throw new CliError(`missing ${names.slice(positionals.length).map((n) => `<${n}>`).join(' ')}\nRun "tablecraft ${commandName} --help" for usage.`);
  }
  if (positionals.length > names.length) {
    throw new CliError(`unexpected argument "${positionals[names.length]}"\nRun "tablecraft ${commandName} --help" for usage.`);
  }
  return [...positionals];
}
