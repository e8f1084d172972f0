import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Bundle } from '../lib/bundle';
import { describeErrors, type DdlError } from '../lib/ddl';
import { documentProblems, parseDocument } from '../lib/model/parse';
import { formatPath } from '../lib/model/problems';
import type { DiagramDocument } from '../lib/model/document';
import { CliError, EXIT, readInput, type CliIo } from './io';
import { parseJsonText } from './json-input';

/** Shared by `export` and `diff`: read a document, write a bundle folder, print what was written. */

export async function readDiagram(io: CliIo, file: string): Promise<DiagramDocument> {
  const json = parseJsonText(await readInput(io, file));
  if (!json.ok) throw new CliError(`${file}: ${json.error.message}`, EXIT.problems);
  const parsed = parseDocument(json.value);
  if (!parsed.ok) {
    const lines = documentProblems(parsed.error).map((p) => `  ${file}: ${formatPath(p.path)}: ${p.message}`);
    throw new CliError(`${file} is not a valid diagram document:\n${lines.join('\n')}`, EXIT.problems);
  }
  return parsed.value;
}

export function generationFailed(errors: readonly DdlError[], file: string): never {
  const lines = describeErrors(errors).split('\n').map((line) => `  ${file}: ${line}`);
  throw new CliError(`cannot generate the migrations:\n${lines.join('\n')}`, EXIT.problems);
}

/** Writes every file under `out`; refuses a folder that already has files in it unless `force`. */
export async function writeBundle(io: CliIo, out: string, bundle: Bundle, force: boolean): Promise<void> {
  const root = resolve(io.cwd, out);
  const existing = await readdir(root).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw new CliError(`cannot use ${out} as the output folder: ${error.message}`);
  });
  if (existing.length > 0 && !force) throw new CliError(`${out} is not empty; choose an empty folder or pass --force to write over it`);
  for (const file of bundle.files) {
    const path = resolve(root, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.contents);
  }
}

export function summary(out: string, bundle: Bundle): string {
  const migrations = bundle.manifest.migrations;
  const statements = migrations.reduce((n, m) => n + m.statements.length, 0);
  const hazards = new Map<string, number>();
  for (const m of migrations) for (const s of m.statements) for (const h of s.hazards) hazards.set(h, (hazards.get(h) ?? 0) + 1);
  const lines = [
    `Wrote ${bundle.files.length} files to ${out} (PostgreSQL ${bundle.manifest.targetPostgresVersion}, ${bundle.manifest.safe ? 'zero-downtime plan' : 'plain DDL'}):`,
    ...bundle.files.map((f) => `  ${f.path}`),
    `${migrations.length} migration(s), ${statements} UP statement(s):`,
    ...migrations.map((m) => `  ${m.up}  ${m.transactional ? 'one transaction' : 'NO TRANSACTION'}, ${m.statements.length} statement(s) — ${m.summary}`),
    hazards.size === 0 ? 'Hazards: none.' : `Hazards: ${[...hazards].sort(([a], [b]) => (a < b ? -1 : 1)).map(([h, n]) => `${h} ×${n}`).join(', ')}`,
    'Back up the database before applying; see README.md.',
  ];
  return `${lines.join('\n')}\n`;
}

/** `--pg N`: a supported target version, replacing the document's. */
export function targetOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (![13, 14, 15, 16, 17, 18].includes(n)) throw new CliError(`--pg must be a PostgreSQL major version from 13 to 18 (got "${value}")`);
  return n;
}
