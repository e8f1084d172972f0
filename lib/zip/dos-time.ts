/**
 * ZIP stores modification times in MS-DOS format: local time with 2-second
 * resolution, years 1980–2107. We write the fields as given (UTC parts of the
 * Date), so the same input gives the same bytes on every machine and time zone.
 */
export const ZIP_EPOCH = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));

export function dosDateTime(date: Date): { time: number; date: number } {
  const year = date.getUTCFullYear();
  if (Number.isNaN(year) || year < 1980 || year > 2107) {
    throw new Error(`dosDateTime: a ZIP timestamp must fall in 1980–2107 (got ${date.toISOString?.() ?? String(date)})`);
  }
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}
