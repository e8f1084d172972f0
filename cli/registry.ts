import type { Command } from './command';
import { applyCommand } from './commands/apply';
import { checkCommand } from './commands/check';
import { introspectCommand } from './commands/introspect';
import { convertCommand } from './commands/convert';
import { importCommand } from './commands/import';
import { diffCommand } from './commands/diff';
import { discoverCommand } from './commands/discover';
import { exportCommand } from './commands/export';
import { lintCommand } from './commands/lint';
import { newCommand } from './commands/new';
import { pgbouncerCommand } from './commands/pgbouncer-live';
import { rehearseCommand } from './commands/rehearse';
import { rollbackCommand } from './commands/rollback';
import { schemaCommand } from './commands/schema';
import { templatesCommand } from './commands/templates';
import { validateCommand } from './commands/validate';

/** The commands this version implements, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [validateCommand, checkCommand, lintCommand, newCommand, templatesCommand, schemaCommand, exportCommand, diffCommand, pgbouncerCommand, importCommand, convertCommand, introspectCommand, applyCommand, rollbackCommand, rehearseCommand, discoverCommand];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}

/** The closest command name to a mistyped one, if any is close enough to be a typo. */
export function suggestCommand(input: string): string | undefined {
  const names = COMMANDS.map((command) => command.name);
  const lowered = input.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = name.startsWith(lowered) && lowered.length >= 2 ? 0 : editDistance(lowered, name);
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best && best.distance <= Math.max(1, Math.floor(best.name.length / 3)) ? best.name : undefined;
}

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}
