/**
 * PostgreSQL's own names for constraints nobody named, so the DDL we emit (which
 * always spells the name out) matches what PostgreSQL would have chosen, and an
 * introspected database compares equal to its diagram. Mirrors makeObjectName,
 * ChooseIndexNameAddition and ChooseConstraintName in src/backend/commands/indexcmds.c
 * and src/backend/catalog/pg_constraint.c.
 */

const NAMEDATALEN = 64;
const encoder = new TextEncoder();
const bytes = (s: string) => encoder.encode(s).length;

/** Longest prefix of `s` that fits in `max` bytes without splitting a character (pg_mbcliplen). */
export function clipBytes(s: string, max: number): string {
  let out = '';
  let used = 0;
  for (const ch of s) {
    const size = bytes(ch);
    if (used + size > max) break;
    out += ch;
    used += size;
  }
  return out;
}

/** `name1_name2_label`, shortening the longer of name1/name2 first so the result fits in 63 bytes. */
export function makeObjectName(name1: string, name2: string | null, label: string | null): string {
  let name1Bytes = bytes(name1);
  let name2Bytes = name2 === null ? 0 : bytes(name2);
  const overhead = (name2 === null ? 0 : 1) + (label === null ? 0 : bytes(label) + 1);
  const available = NAMEDATALEN - 1 - overhead;
  while (name1Bytes + name2Bytes > available) {
    if (name1Bytes > name2Bytes) name1Bytes--;
    else name2Bytes--;
  }
  let result = clipBytes(name1, name1Bytes);
  if (name2 !== null) result += `_${clipBytes(name2, name2Bytes)}`;
  if (label !== null) result += `_${label}`;
  return result;
}

/** Column names joined by `_`, stopping once the result reaches NAMEDATALEN bytes (as PostgreSQL does). */
export function columnNamesAddition(columns: readonly string[]): string {
  let result = '';
  for (const column of columns) {
    if (result.length > 0) result += '_';
    result += clipBytes(column, NAMEDATALEN - 1);
    if (bytes(result) >= NAMEDATALEN) break;
  }
  return result;
}

/**
 * Picks `name1_name2_label`, then `…_label1`, `…_label2`, … until the name is
 * not in `taken` (which the caller fills with the names already used in the schema).
 */
export function chooseName(name1: string, name2: string | null, label: string, taken: Set<string>): string {
  let candidate = makeObjectName(name1, name2, label);
  for (let pass = 1; taken.has(candidate); pass++) candidate = makeObjectName(name1, name2, `${label}${pass}`);
  taken.add(candidate);
  return candidate;
}

export const defaultPrimaryKeyName = (table: string, taken: Set<string>) => chooseName(table, null, 'pkey', taken);
export const defaultUniqueName = (table: string, columns: readonly string[], taken: Set<string>) =>
  chooseName(table, columnNamesAddition(columns), 'key', taken);
export const defaultForeignKeyName = (table: string, columns: readonly string[], taken: Set<string>) =>
  chooseName(table, columnNamesAddition(columns), 'fkey', taken);

/**
 * `table_column_check` when the expression mentions exactly one column of the
 * table, `table_check` otherwise — PostgreSQL decides by the variables in the
 * parsed expression; we look at the identifiers outside string literals.
 */
export function defaultCheckName(table: string, expression: string, columns: readonly string[], taken: Set<string>): string {
  const referenced = referencedColumns(expression, columns);
  return chooseName(table, referenced.length === 1 ? referenced[0]! : null, 'check', taken);
}

export function referencedColumns(expression: string, columns: readonly string[]): string[] {
  const found = new Set<string>();
  const known = new Set(columns);
  // Quoted identifiers keep their case; bare words fold to lower case. String literals are skipped.
  const token = /'(?:[^']|'')*'|"((?:[^"]|"")+)"|([A-Za-z_][A-Za-z0-9_$]*)/g;
  for (const match of expression.matchAll(token)) {
    const name = match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2]?.toLowerCase();
    if (name !== undefined && known.has(name)) found.add(name);
  }
  return columns.filter((c) => found.has(c));
}
