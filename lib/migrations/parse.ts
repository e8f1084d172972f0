import { err, ok, type Result } from '../result';
import { counterpartFileName, parseMigrationFileName, type MigrationFileName } from './file-name';
import { runsInTransaction } from './markers';
import type { Migration, MigrationSetProblem } from './types';

export interface MigrationFile {
  readonly fileName: string;
  readonly sql: string;
}

interface Side {
  readonly file: MigrationFile;
  readonly parsed: MigrationFileName;
}

interface Group {
  /** `007_add_orders`: the part both files of one migration share. */
  readonly stem: string;
  up?: Side;
  down?: Side;
}

/**
 * Turns migration files into an ordered migration set. Every problem is reported
 * at once (a bad name, an UP without its DOWN, two migrations claiming one
 * version), each naming the file to fix. Gaps between versions are allowed; the
 * order is always by version, never by the order the files were given in.
 */
export function parseMigrationSet(files: readonly MigrationFile[]): Result<Migration[], MigrationSetProblem[]> {
  const problems: MigrationSetProblem[] = [];
  const byVersion = new Map<number, Group[]>();
  const seenNames = new Set<string>();

  for (const file of files) {
    if (seenNames.has(file.fileName)) {
      problems.push({ fileName: file.fileName, message: `"${file.fileName}" is listed twice` });
      continue;
    }
    seenNames.add(file.fileName);
    const parsed = parseMigrationFileName(file.fileName);
    if ('error' in parsed) {
      problems.push({ fileName: file.fileName, message: parsed.error });
      continue;
    }
    const stem = `${parsed.prefix}_${parsed.name}`;
    const groups = byVersion.get(parsed.version) ?? [];
    byVersion.set(parsed.version, groups);
    let group = groups.find((g) => g.stem === stem);
    if (!group) {
      group = { stem };
      groups.push(group);
    }
    const side = parsed.direction;
    const existing = group[side];
    if (existing) {
      problems.push({ fileName: file.fileName, message: `"${file.fileName}" and "${existing.file.fileName}" are the same migration file` });
      continue;
    }
    group[side] = { file, parsed };
  }

  const migrations: Migration[] = [];
  for (const [version, groups] of [...byVersion.entries()].sort(([a], [b]) => a - b)) {
    if (groups.length > 1) {
      const names = groups.map((g) => g.stem).join(', ');
      for (const g of groups) {
        const fileName = (g.up ?? g.down)?.file.fileName ?? g.stem;
        problems.push({ fileName, message: `version ${version} is used by more than one migration (${names}); give each migration its own number` });
      }
      continue;
    }
    const [group] = groups;
    if (!group) continue;
    const { up, down } = group;
    if (!up || !down) {
      const present = (up ?? down) as Side;
      const missing = counterpartFileName(present.parsed);
      problems.push({
        fileName: present.file.fileName,
        message: up
          ? `"${present.file.fileName}" has no DOWN script: add "${missing}" (every UP needs a DOWN)`
          : `"${present.file.fileName}" has no UP script: add "${missing}" or remove the DOWN`,
      });
      continue;
    }
    migrations.push({
      version,
      name: up.parsed.name,
      upFile: up.file.fileName,
      downFile: down.file.fileName,
      up: up.file.sql,
      down: down.file.sql,
      transactional: runsInTransaction(up.file.sql),
      downTransactional: runsInTransaction(down.file.sql),
    });
  }
  return problems.length > 0 ? err(problems) : ok(migrations);
}

/** One line per problem, for logs and thrown errors at start-up. */
export function describeMigrationSetProblems(problems: readonly MigrationSetProblem[]): string {
  return problems.map((p) => `  - ${p.message}`).join('\n');
}
