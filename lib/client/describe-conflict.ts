import type { MergeConflict } from '../model/merge';

/** What the people who design schemas call the collections of the document. */
const NOUNS: Record<string, string> = {
  tables: 'Table', columns: 'column', indexes: 'index', uniques: 'unique constraint', checks: 'check',
  relationships: 'Relationship', enums: 'Enum', values: 'value', domains: 'Domain', schemas: 'Schema',
  extensions: 'Extension', notes: 'Note', areas: 'Area', accessPatterns: 'access pattern', partitions: 'partition',
  dependencies: 'dependency', exceptions: 'Exception',
};

export interface ConflictLine {
  /** e.g. `Table “users” › name`. */
  where: string;
  mine: string;
  theirs: string;
}

/**
 * Turns a merge conflict (`tables[users].columns[email].type`) into words for
 * the conflict banner: where it is, and the value on each side.
 */
export function describeConflict(conflict: MergeConflict): ConflictLine {
  return { where: describePath(conflict.path), mine: describeValue(conflict.mine), theirs: describeValue(conflict.theirs) };
}

export function describePath(path: string): string {
  const parts: string[] = [];
  for (const segment of path.split('.')) {
    const item = /^([A-Za-z]+)\[(.*)\]$/.exec(segment);
    const noun = item ? NOUNS[item[1]!] : undefined;
    if (item && noun) parts.push(`${noun} “${item[2]}”`);
    else parts.push(segment);
  }
  return parts.join(' › ');
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'deleted';
  const text = typeof value === 'string' ? `“${value}”` : JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
