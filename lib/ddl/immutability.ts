/**
 * PostgreSQL accepts only IMMUTABLE expressions in generated columns and index
 * keys/predicates, and says so only when the statement runs. We catch the common
 * cases before emitting, with the reason:
 *  - casts from text to a date/time type (`(payload->>'at')::timestamptz`) are
 *    STABLE, because the result depends on the DateStyle and TimeZone settings;
 *  - functions whose result changes between calls or with the session (now(),
 *    random(), gen_random_uuid(), nextval(), to_timestamp(text, text), …).
 * The check reads the words outside string literals; it is a net for the usual
 * mistakes, not a type checker — PostgreSQL stays the final judge.
 */
const DATETIME_CAST = /(::\s*|\bas\s+)(timestamptz|timestamp|date|timetz|time|interval)\b/i;
const TEXT_SOURCE = /->>|#>>|\btext\b|'/i;
const NOT_IMMUTABLE_FUNCTIONS = /\b(now|random|clock_timestamp|statement_timestamp|transaction_timestamp|timeofday|gen_random_uuid|uuid_generate_v[14]|uuidv[47]|nextval|currval|to_timestamp|to_date|age|current_setting)\s*\(|\b(current_timestamp|current_date|current_time|localtimestamp|localtime|current_user|session_user)\b/i;

/** Null when the expression looks immutable, else the reason PostgreSQL will refuse it. */
export function notImmutableReason(expression: string): string | null {
  // String literals are data: blank them, but remember that one was there (a text source).
  const code = expression.replace(/'(?:[^']|'')*'/g, "''");
  const fn = NOT_IMMUTABLE_FUNCTIONS.exec(code);
  if (fn) {
    const name = (fn[1] ?? fn[2] ?? '').toLowerCase();
    return `${name}${fn[1] ? '()' : ''} is not immutable (its result changes between calls or with session settings)`;
  }
  const cast = DATETIME_CAST.exec(code);
  if (cast && TEXT_SOURCE.test(code)) {
    const type = cast[2]!.toLowerCase();
    return `casting text to ${type} is not immutable (the result depends on the DateStyle and TimeZone settings); store the value in a ${type} column filled by the application, or keep it as text and compare text`;
  }
  return null;
}
