import type { DestructiveStep } from './hazards';
import type { Manifest } from './manifest';

/** README.md of a bundle: how to apply and roll back, what to back up, what is destructive. */
export function readme(manifest: Manifest, destructive: readonly DestructiveStep[], lossyDown: readonly DestructiveStep[], hasQueries: boolean): string {
  const apply = manifest.migrations.map((m) => `psql -v ON_ERROR_STOP=1${m.transactional ? ' -1' : ''} -f migrations/${m.up}`);
  const rollback = [...manifest.migrations].reverse().map((m) => `psql -v ON_ERROR_STOP=1${m.downTransactional ? ' -1' : ''} -f migrations/${m.down}`);
  const lines = [
    `# Migration bundle: ${manifest.diagram}`,
    '',
    `Target: PostgreSQL ${manifest.targetPostgresVersion}. ${manifest.migrations.length} migration(s), ${manifest.safe ? 'zero-downtime plan (online patterns for existing tables)' : 'plain DDL (--unsafe: no online patterns)'}.`,
    '',
    '## Before anything: back up',
    '',
    '**Take a backup first** and check that it restores: `pg_dump -Fc -f before.dump "$DATABASE_URL"`.',
    'DOWN scripts restore structure, never data. Rehearse on a copy with production-like data before touching production.',
    '',
    '## Apply',
    '',
    'In version order. Files that start with `-- tablecraft:no-transaction` run outside a transaction (no `-1`):',
    'they hold CREATE/DROP INDEX CONCURRENTLY or batched backfills, which PostgreSQL refuses inside a transaction block.',
    '',
    '```sh',
    'export PGDATABASE=…   # or pass a connection string with -d',
    ...apply,
    '```',
    '',
    'With Tablecraft, from the folder that holds this README: it checks the server first (version, extensions, privileges), reads the markers, records each migration with its chained checksum and holds an advisory lock so two applies never interleave. `--dry-run` rehearses inside a transaction and rolls back:',
    '',
    '```sh',
    'npx tablecraft apply . --database-url "$DATABASE_URL" --dry-run',
    'npx tablecraft apply . --database-url "$DATABASE_URL"',
    '```',
    '',
    'Each script sets `lock_timeout` first: if a statement cannot get its lock quickly it fails instead of blocking all traffic behind it. Re-run it at a quieter moment.',
    '',
    '## Roll back',
    '',
    'Newest first. Every UP has a DOWN that undoes exactly that step, so a plan that stopped halfway rolls back from where it stopped.',
    '',
    '```sh',
    ...rollback,
    '```',
    '',
    '`npx tablecraft rollback . --to N --database-url "$DATABASE_URL"` does the same down to version N, with the same checks; a step that deletes data needs `--yes-destroy-data=<database name>` and is backed up first.',
    'A DOWN that drops a table or column the UP added first checks that it is empty and stops otherwise;',
    'run `SET tablecraft.allow_data_loss = on;` in the session (e.g. `PGOPTIONS="-c tablecraft.allow_data_loss=on"`) only after backing the data up.',
    'A DOWN keeps an extension the UP installed when something else uses it; set `tablecraft.keep_extensions = on` to keep it anyway (it was there before).',
    '',
    '## Destructive and irreversible steps',
    '',
  ];
  if (destructive.length === 0) lines.push('None in the UP scripts.');
  for (const d of destructive) lines.push(`- \`${d.file}\`: ${d.explanation} [${d.hazards.join(', ')}]`);
  lines.push('', 'Lossy or irreversible DOWN steps:', '');
  if (lossyDown.length === 0) lines.push('None.');
  for (const d of lossyDown) lines.push(`- \`${d.file}\`: ${d.explanation} [${d.hazards.join(', ')}]`);
  lines.push(
    '',
    '## Files',
    '',
    '- `migrations/*.up.sql`, `*.down.sql`: the migrations; `migrations/manifest.json`: order, checksums (SHA-256, chained), per-statement locks and hazards.',
    '- `schema.sql`: the full DDL of the target schema, for a fresh database or a review.',
    '- `docs/data-dictionary.md`: tables, columns, keys, relationships, dependencies, justified denormalizations, access patterns.',
    '- `docs/design-review.md`: open normalization and design-advisor findings, and the accepted ones with their justification.',
  );
  if (hasQueries) lines.push('- `docs/queries.sql`: ready similarity-search queries for the vector indexes and jsonpath examples.');
  lines.push('');
  return lines.join('\n');
}
