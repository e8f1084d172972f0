import { formatColumnType, schemaLabel } from '../canvas/format-type';
import type { DiagramDocument } from '../model/document';

/** One thing the search palette can jump to: a table, or a column of a table. */
export type SearchEntry = {
  /** Unique within the index: the table id, or `tableId/columnId`. */
  key: string;
  kind: 'table' | 'column';
  tableId: string;
  columnId: string | null;
  name: string;
  tableName: string;
  /** Set when the table lives outside `public`. */
  schema: string | null;
  /** The column's type; empty for tables. */
  detail: string;
  comment: string;
};

export type SearchHit = SearchEntry & { score: number };

/** Every table and column of the document, tables first, in document order. */
export function buildSearchIndex(doc: DiagramDocument): SearchEntry[] {
  const tables: SearchEntry[] = [];
  const columns: SearchEntry[] = [];
  for (const table of doc.tables) {
    const schema = schemaLabel(doc, table.schemaId);
    tables.push({
      key: table.id, kind: 'table', tableId: table.id, columnId: null, name: table.name,
      tableName: table.name, schema, detail: '', comment: table.comment,
    });
    for (const column of table.columns) {
      columns.push({
        key: `${table.id}/${column.id}`, kind: 'column', tableId: table.id, columnId: column.id, name: column.name,
        tableName: table.name, schema, detail: formatColumnType(doc, column.type), comment: column.comment,
      });
    }
  }
  return [...tables, ...columns];
}

/**
 * The entries that match `query`, best first. Matching is forgiving in the way
 * people type names: case-insensitive, `orders.user` matches the column
 * `user_id` of `orders`, `ordit` matches `order_items` (letters in order), and a
 * word from a comment counts too, but less than a name.
 */
export function searchEntries(index: readonly SearchEntry[], query: string, limit = 50): SearchHit[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return index.slice(0, limit).map((entry) => ({ ...entry, score: 0 }));
  const hits: SearchHit[] = [];
  for (const entry of index) {
    const score = entryScore(entry, needle);
    if (score > 0) hits.push({ ...entry, score });
  }
  // Array.prototype.sort is stable, so equal scores keep document order (tables first).
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}

function entryScore(entry: SearchEntry, needle: string): number {
  const qualified = entry.kind === 'column' ? `${entry.tableName}.${entry.name}` : entry.name;
  const withSchema = entry.schema ? `${entry.schema}.${qualified}` : qualified;
  const tableBonus = entry.kind === 'table' ? 5 : 0;
  const best = Math.max(
    textScore(entry.name.toLowerCase(), needle),
    textScore(qualified.toLowerCase(), needle) - 5,
    textScore(withSchema.toLowerCase(), needle) - 10,
    entry.comment.toLowerCase().includes(needle) ? 20 : 0,
  );
  return best > 0 ? best + tableBonus : 0;
}

/** 100 exact, 80 prefix, 60 substring (earlier is better), 30 letters in order, else 0. */
function textScore(text: string, needle: string): number {
  if (text === needle) return 100;
  if (text.startsWith(needle)) return 80;
  const at = text.indexOf(needle);
  if (at >= 0) return 60 - Math.min(at, 10);
  return isSubsequence(needle, text) ? 30 : 0;
}

function isSubsequence(needle: string, text: string): boolean {
  let i = 0;
  for (let j = 0; j < text.length && i < needle.length; j++) if (text[j] === needle[i]) i++;
  return i === needle.length;
}
