/**
 * The one quoting helper. Every identifier and literal that reaches generated SQL
 * goes through here; nothing else builds SQL from user-supplied names or values.
 */

/** Quotes an identifier: `order` → `"order"`, `my"table` → `"my""table"`. Always quoted, so case and reserved words are safe. */
export function ident(name: string): string {
  if (name.length === 0) throw new Error('ident: empty identifier');
  if (name.includes('\u0000')) throw new Error('ident: identifier contains NUL');
  return `"${name.replace(/"/g, '""')}"`;
}

/** `schema.name`, both parts quoted. */
export function qualified(schema: string, name: string): string {
  return `${ident(schema)}.${ident(name)}`;
}

/**
 * Quotes a string literal. Standard-conforming strings are on by default since
 * PostgreSQL 9.1, so doubling single quotes is enough; backslashes are literal.
 */
export function literal(value: string): string {
  if (value.includes('\u0000')) throw new Error('literal: string contains NUL');
  return `'${value.replace(/'/g, "''")}'`;
}

/** A literal for a number, refusing NaN and infinities that have no SQL spelling here. */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`numberLiteral: ${value} is not a finite number`);
  return String(value);
}
