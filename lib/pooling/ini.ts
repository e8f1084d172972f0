import type { PgBouncerConfig, SectionEntry } from './config';
import type { PoolPlan } from './sizing';

/**
 * pgbouncer.ini text. PgBouncer reads `;` or `#` as a comment only at the start
 * of a line, so every explanation goes on its own line above what it explains.
 */
export function renderIni(config: PgBouncerConfig, plan: PoolPlan): string {
  const lines: string[] = [
    `;; PgBouncer ${config.version} configuration written by Tablecraft.`,
    ';; Only settings PgBouncer ' + config.version + ' knows are emitted (lib/pooling/versions.ts).',
    ';;',
    ';; Sizing, step by step:',
    ...plan.steps.map((s) => `;;   ${s.name} = ${s.value}    (${s.formula})`),
    ...plan.warnings.map((w) => `;; WARNING: ${w}`),
    '',
    '[databases]',
    ...config.databases.flatMap((d) => [`; ${d.why}`, sectionLine(d)]),
    '',
    '[pgbouncer]',
    ...config.pgbouncer.flatMap((s) => [`; ${s.why}`, `${s.key} = ${s.value}`]),
  ];
  if (config.users.length > 0) {
    lines.push('', '[users]', ...config.users.flatMap((u) => [`; ${u.why}`, sectionLine(u)]));
  }
  lines.push('');
  return lines.join('\n');
}

function sectionLine(entry: SectionEntry): string {
  return `${entry.name} = ${entry.params.map(([key, value]) => `${key}=${value}`).join(' ')}`;
}

/**
 * Reads an ini text back into sections of key → value (databases and users keep
 * their connection-string values as one string). Used by tests and by the live
 * diff to read a file from disk.
 */
export function parseIni(text: string): Record<string, Record<string, string>> {
  const sections: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith(';') || line.startsWith('#')) continue;
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) {
      current = sections[header[1]!.toLowerCase()] ??= {};
      continue;
    }
    const eq = line.indexOf('=');
    if (eq === -1 || current === null) continue;
    current[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return sections;
}

/** `host=x port=5432 pool_size=8` → its keys, for the version-gate checks on a parsed file. */
export function connectionStringKeys(value: string): string[] {
  return [...value.matchAll(/([A-Za-z_]+)\s*=/g)].map((m) => m[1]!);
}
