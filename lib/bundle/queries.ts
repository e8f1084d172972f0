import type { DiagramDocument } from '../model/document';
import type { SchemaModel, TableDef } from '../ddl/schema-model';
import { ident, qualified } from '../sql/quote';

/**
 * Ready-to-run queries for what the schema is built for: nearest-neighbour search
 * for every vector index (with the operator of the index's distance — any other
 * operator cannot use the index), and jsonpath examples for JSONB columns that
 * have a GIN index or feed a generated column.
 */
const OPERATORS: readonly [suffix: string, operator: string, label: string][] = [
  ['_cosine_ops', '<=>', 'cosine distance'],
  ['_ip_ops', '<#>', 'negative inner product'],
  ['_l1_ops', '<+>', 'L1 distance'],
  ['_l2_ops', '<->', 'L2 distance'],
  ['_hamming_ops', '<~>', 'Hamming distance'],
  ['_jaccard_ops', '<%>', 'Jaccard distance'],
];

export function vectorQueries(doc: DiagramDocument, model: SchemaModel): string[] {
  const out: string[] = [];
  for (const table of model.tables) {
    const source = doc.tables.find((t) => t.id === table.id)!;
    for (const index of table.indexes.filter((i) => i.method === 'hnsw' || i.method === 'ivfflat')) {
      const key = index.keys[0]!;
      const opclass = key.opclass ?? 'vector_l2_ops';
      const [, operator, label] = OPERATORS.find(([suffix]) => opclass.endsWith(suffix)) ?? OPERATORS[3]!;
      const target = key.column !== null ? ident(key.column) : `(${key.expression})`;
      const cast = /::\s*((?:vector|halfvec|sparsevec|bit)\s*\(\s*\d+\s*\))/i.exec(key.expression ?? '')?.[1];
      const param = cast ? `$1::${cast}` : '$1';
      const pattern = source.accessPatterns.find((p) => p.similarity && p.similarity.columnId === key.columnId);
      const k = pattern?.similarity?.k ?? pattern?.limit ?? 10;
      const select = [...(table.primaryKey?.columns ?? []).map(ident), `${target} ${operator} ${param} AS distance`].join(', ');
      const tune = index.method === 'hnsw'
        ? '-- HNSW: more candidates = better recall, slower; the default is 40.\nSET hnsw.ef_search = 100;'
        : `-- IVFFlat: lists probed per query; sqrt(lists) is a good start.\nSET ivfflat.probes = ${Math.max(1, Math.round(Math.sqrt(Number(index.with.find(([name]) => name === 'lists')?.[1] ?? 100))))};`;
      out.push([
        `-- ${table.ref.schema}.${table.ref.name}: the ${k} nearest rows by ${label}, served by the ${index.method} index "${index.name}".`,
        `-- $1 is the query embedding; ORDER BY must use the same operator (${operator}) and expression as the index.`,
        tune,
        `SELECT ${select}`,
        `FROM ${qualified(table.ref.schema, table.ref.name)}`,
        `ORDER BY ${target} ${operator} ${param}`,
        `LIMIT ${k};`,
      ].join('\n'));
    }
  }
  return out;
}

export function jsonbExamples(model: SchemaModel): string[] {
  const out: string[] = [];
  for (const table of model.tables) {
    for (const column of table.columns.filter((c) => c.type === 'jsonb')) {
      const gin = table.indexes.find((i) => i.method === 'gin' && i.keys.some((k) => k.column === column.name));
      const promoted = table.columns.filter((c) => c.generated?.includes(column.name));
      if (!gin && promoted.length === 0) continue;
      out.push(jsonbBlock(table, column.name, gin?.keys.find((k) => k.column === column.name)?.opclass ?? 'jsonb_ops', gin?.name ?? null, promoted.map((c) => c.name)));
    }
  }
  return out;
}

function jsonbBlock(table: TableDef, column: string, opclass: string, gin: string | null, promoted: string[]): string {
  const t = qualified(table.ref.schema, table.ref.name);
  const c = ident(column);
  const lines = [`-- ${table.ref.schema}.${table.ref.name}.${column} (jsonb)`];
  if (gin) {
    lines.push(`-- Containment and jsonpath use the GIN index "${gin}" (${opclass}${opclass === 'jsonb_path_ops' ? ': @>, @? and @@ only, smaller and faster' : ': also key-exists ?, ?| and ?&'}).`);
    lines.push(`SELECT * FROM ${t} WHERE ${c} @> '{"status": "active"}';`);
    lines.push(`SELECT * FROM ${t} WHERE ${c} @? '$.tags[*] ? (@ == "urgent")';`);
    lines.push(`SELECT * FROM ${t} WHERE ${c} @@ '$.priority > 3';`);
    if (opclass !== 'jsonb_path_ops') lines.push(`SELECT * FROM ${t} WHERE ${c} ? 'status';`);
  }
  for (const name of promoted) {
    lines.push(`-- "${name}" is promoted from ${column} as a STORED generated column: filter and sort on it, not on the JSON, so a B-tree index applies.`);
    lines.push(`SELECT * FROM ${t} WHERE ${ident(name)} = $1;`);
  }
  lines.push(`-- Extract with jsonpath: SELECT jsonb_path_query(${c}, '$.items[*].sku') FROM ${t};`);
  return lines.join('\n');
}
