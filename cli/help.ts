import type { Command } from './command';
import { COMMANDS } from './registry';

const column = (rows: readonly { left: string; right: string }[]) => {
  const width = Math.max(...rows.map((row) => row.left.length));
  return rows.map((row) => `  ${row.left.padEnd(width)}  ${row.right}`).join('\n');
};

export function mainHelp(version: string): string {
  return [
    `tablecraft ${version} — design PostgreSQL schemas as versioned diagram documents`,
    '',
    'Usage: tablecraft <command> [options]',
    '',
    'Commands:',
    column(COMMANDS.map((command) => ({ left: command.name, right: command.summary }))),
    '',
    'Options:',
    column([
      { left: '-h, --help', right: 'Show this help; "tablecraft <command> --help" for a command' },
      { left: '--version', right: 'Print the version' },
    ]),
    '',
    'Exit status: 0 ok, 1 problems found in the input, 2 usage error, 3 internal error.',
    '',
  ].join('\n');
}

export function commandHelp(command: Command): string {
  return `Usage: tablecraft ${command.usage}\n\n${command.summary}.\n\n${command.details}\n`;
}
