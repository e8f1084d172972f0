/**
 * DBML's lexical rules, in one place: identifiers in double quotes, strings in
 * single quotes with backslash escapes, expressions in backticks (which DBML
 * cannot escape, so an expression holding one cannot be written).
 */
export function dbmlName(name: string): string {
  return `"${name.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function dbmlString(text: string): string {
  if (text.includes('\n')) return `'''${text.replace(/\\/g, '\\\\').replace(/'''/g, "\\'''")}'''`;
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function dbmlExpression(expression: string): string | null {
  return expression.includes('`') ? null : `\`${expression}\``;
}

/** A default as DBML writes it: a number, a boolean, a string, or an expression. */
export function dbmlDefault(sql: string): string | null {
  const trimmed = sql.trim();
  // Only integers and booleans go bare: DBML reads numbers as floats, so `12.50` would come back as `12.5`.
  if (/^-?\d{1,15}$/.test(trimmed) || /^(true|false)$/.test(trimmed)) return trimmed;
  const plainString = /^'((?:[^']|'')*)'$/.exec(trimmed);
  if (plainString) return dbmlString(plainString[1]!.replace(/''/g, "'"));
  return dbmlExpression(trimmed);
}

export const DBML_ACTIONS: Record<string, string> = {
  'NO ACTION': 'no action', RESTRICT: 'restrict', CASCADE: 'cascade', 'SET NULL': 'set null', 'SET DEFAULT': 'set default',
};
