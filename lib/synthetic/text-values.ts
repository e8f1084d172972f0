import { literal } from '../sql/quote';
import { ROW, skewedPick, uniformInt, uniformPick } from './random';

/**
 * Text that looks like what the column holds, chosen by its name: e-mail
 * addresses for `email`, person names for `*name`, sentences for `title`,
 * paragraphs for `content`/`body`/`description`, URLs for `*_uri`/`*_url`, a
 * few skewed codes for `status`/`kind`/`source`. Lengths are realistic so row
 * sizes, TOAST and index sizes look like production.
 */
const FIRST = ['Ada', 'Alan', 'Grace', 'Linus', 'Barbara', 'Edsger', 'Margaret', 'Donald', 'Frances', 'Ken', 'Radia', 'Dennis', 'Hedy', 'Niklaus', 'Shafi', 'Tim'];
const LAST = ['Lovelace', 'Turing', 'Hopper', 'Torvalds', 'Liskov', 'Dijkstra', 'Hamilton', 'Knuth', 'Allen', 'Thompson', 'Perlman', 'Ritchie', 'Lamarr', 'Wirth', 'Goldwasser', 'Berners-Lee'];
const WORDS = ['order', 'invoice', 'garden', 'river', 'signal', 'matrix', 'harbor', 'lantern', 'copper', 'meadow', 'vector', 'canvas', 'summit', 'orbit', 'quartz', 'delta', 'ember', 'falcon', 'glacier', 'harvest', 'island', 'jungle', 'kernel', 'ledger'];
const PHRASES = [
  'The quick brown fox jumps over the lazy dog.',
  'PostgreSQL keeps every row version until vacuum removes it.',
  'Indexes trade write speed for read speed.',
  'A partial index covers only the rows its predicate selects.',
  'Embeddings place similar passages close together.',
  'Monthly partitions make old data cheap to drop.',
  'Foreign keys keep orphans out of child tables.',
  'A covering index answers the query without touching the heap.',
  'Connection poolers share a few server connections among many clients.',
  'Statistics tell the planner how selective a filter is.',
  'Sequential scans read every page of the table.',
  'Backfills run in batches to keep locks short.',
];
const CODES = ['web', 'mobile', 'api', 'import', 'partner', 'batch', 'email', 'support'];

const lits = (values: readonly string[]) => values.map(literal);

export interface TextShape {
  /** A distinct value per row (unique columns). */
  readonly unique: boolean;
  /** Rows in the table; non-unique picks draw from a pool sized to it. */
  readonly rows: number;
  readonly table: string;
}

/** An SQL text expression for a column named `name`. */
export function textValue(name: string, salt: number, shape: TextShape): string {
  const n = name.toLowerCase();
  const id = shape.unique ? ROW : uniformInt(salt, 1, Math.max(1, shape.rows), ROW);
  if (/e_?mail/.test(n)) return `'user' || ${id} || '@example.com'`;
  if (/(^|_)(uri|url|link|href)$/.test(n)) return `'https://example.com/${slug(shape.table)}/' || ${id}`;
  if (/(^|_)(slug|handle|username|login)$/.test(n)) return `'${slug(shape.table)}-' || ${id}`;
  if (/(^|_)(sku|code|ref|reference|number)$/.test(n)) return `'${slug(n).slice(0, 3).toUpperCase()}-' || lpad((${id})::text, 8, '0')`;
  const person = `${uniformPick(salt + 1, lits(FIRST))} || ' ' || ${uniformPick(salt + 2, lits(LAST))}`;
  const words = (count: number, offset: number) => Array.from({ length: count }, (_, i) => uniformPick(salt + offset + i, lits(WORDS))).join(` || ' ' || `);
  const paragraph = Array.from({ length: 5 }, (_, i) => uniformPick(salt + 10 + i, lits(PHRASES))).join(` || ' ' || `);
  const base = /(^|_)(full_name|display_name|first_name|last_name|author|owner_name|contact)$/.test(n) ? person
    : /(content|body|description|text|summary|notes?|comment|message)$/.test(n) ? paragraph
    : /(title|subject|headline)$/.test(n) ? `initcap(${words(4, 20)})`
    : /(^|_)(status|state|kind|type|source|channel|category|plan|tier|role|currency|country|lang|locale)$/.test(n) && !shape.unique
      ? skewedPick(salt, lits(CODES))
    : /name$/.test(n) ? `initcap(${words(2, 30)})`
    : words(2, 40);
  return shape.unique ? `${base} || ' #' || ${ROW}` : base;
}

/** A word from the vocabulary, for arrays of text and JSON values. */
export function wordValue(salt: number): string {
  return uniformPick(salt, lits(WORDS));
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'row';
}
