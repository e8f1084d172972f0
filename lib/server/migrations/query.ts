/** A URL's query as a plain object for a zod schema; a repeated parameter keeps its last value. */
export function queryParams(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams.entries());
}
