import type { CommentStmt } from 'libpg-query';
import { keyOf, pick, qualifiedName, strings, type QualifiedName } from '../ast';
import { failed, imported, skipped, type MapInput, type Outcome } from '../context';

/** COMMENT ON SCHEMA / TABLE / COLUMN / TYPE / DOMAIN / SEQUENCE / INDEX; comments on other objects are skipped. */
export function mapComment(input: MapInput, stmt: CommentStmt): Outcome {
  const { ctx } = input;
  const text = stmt.comment ?? '';
  const parts = objectNameParts(stmt);
  const target = qualifiedName(parts);
  const missing = (what: string) => failed('comment', target, `${what} "${keyOf(target)}" is not in the file`);
  switch (stmt.objtype) {
    case 'OBJECT_SCHEMA': {
      const schema = ctx.schemas.get(parts[0] ?? '');
      if (!schema) return failed('comment', parts[0] ?? null, `schema "${parts[0] ?? ''}" is not in the file`);
      schema.comment = text;
      return imported('comment', parts[0] ?? null);
    }
    case 'OBJECT_TABLE': {
      const table = ctx.tables.get(keyOf(target));
      if (table) { table.comment = text; return imported('comment', target); }
      return commentOnPartition(input, target, text) ?? skippedOrMissing(input, target, 'table', () => missing('table'));
    }
    case 'OBJECT_COLUMN': {
      const tableName = qualifiedName(parts.slice(0, -1));
      const column = ctx.tables.get(keyOf(tableName))?.columns.find((c) => c.name === parts.at(-1));
      if (column) { column.comment = text; return imported('comment', `${keyOf(tableName)}.${parts.at(-1)}`); }
      if (ctx.isPartition(tableName)) return skipped('comment', `${keyOf(tableName)}.${parts.at(-1)}`, 'comments on columns of a partition are not modeled');
      return skippedOrMissing(input, tableName, 'column', () => failed('comment', `${keyOf(tableName)}.${parts.at(-1)}`, `column "${parts.at(-1)}" of "${keyOf(tableName)}" is not in the file`));
    }
    case 'OBJECT_TYPE': case 'OBJECT_DOMAIN': {
      const type = ctx.enums.get(keyOf(target)) ?? ctx.domains.get(keyOf(target));
      if (!type) return missing('type');
      type.comment = text;
      return imported('comment', target);
    }
    case 'OBJECT_SEQUENCE': {
      const sequence = ctx.sequences.get(keyOf(target));
      if (!sequence) return missing('sequence');
      sequence.comment = text;
      return imported('comment', target);
    }
    case 'OBJECT_INDEX': {
      const found = ctx.indexes.get(keyOf(target));
      if (found) { found.index.comment = text; return imported('comment', target); }
      return skipped('comment', target, 'the index is not in the diagram (a per-partition index, or on an object that is not modeled)');
    }
    default:
      return skipped('comment', parts.join('.') || null, `comments on ${(stmt.objtype ?? 'this kind of object').replace(/^OBJECT_/, '').toLowerCase().replace(/_/g, ' ')} are not modeled`);
  }
}

function objectNameParts(stmt: CommentStmt): string[] {
  const list = pick(stmt.object, 'List');
  if (list) return strings(list.items);
  const typeName = pick(stmt.object, 'TypeName');
  if (typeName) return strings(typeName.names);
  const single = pick(stmt.object, 'String')?.sval;
  return single ? [single] : [];
}

function commentOnPartition({ ctx }: MapInput, target: QualifiedName, text: string): Outcome | null {
  const attached = ctx.partitions.get(keyOf(target));
  if (attached) { attached.partition.comment = text; return imported('comment', target); }
  const held = ctx.heldPartitions.get(keyOf(target));
  if (!held) return null;
  held.table.comment = text;
  ctx.partitionComments.set(keyOf(target), text);
  return imported('comment', target);
}

function skippedOrMissing({ ctx }: MapInput, relation: QualifiedName, what: string, missing: () => Outcome): Outcome {
  const kind = ctx.skippedRelations.get(keyOf(relation));
  return kind ? skipped('comment', relation, `comment on a ${what} of ${kind} "${keyOf(relation)}", which is not part of the diagram`) : missing();
}
