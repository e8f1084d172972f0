/** The first line of a script that must run outside a transaction block. */
export const NO_TRANSACTION_MARKER = '-- tablecraft:no-transaction';

/**
 * True unless the script's first non-blank line is the no-transaction marker.
 * Only the first line counts, so the marker cannot hide in the middle of a
 * script where a reader would not look for it.
 */
export function runsInTransaction(sql: string): boolean {
  const firstLine = sql.replace(/^\uFEFF/, '').trimStart().split(/\r?\n/, 1)[0] ?? '';
  return firstLine.trimEnd() !== NO_TRANSACTION_MARKER;
}
