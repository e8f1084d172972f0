import type { CommandOf } from '@/lib/editor/command';
import { freeName, relationNames } from '@/lib/editor/factories/names';
import { newId } from '@/lib/model/ids';
import type { DiagramDocument } from '@/lib/model/document';
import type { Table } from '@/lib/model/table';
import type { IndexKey } from '@/lib/model/table-parts';

export const EMPTY_KEY: IndexKey = { columnId: null, expression: null, order: null, nulls: null, opclass: null, collation: null };

/** `lower(email)` → `lower_email`: an expression as the middle of an index name. */
export function expressionSlug(expression: string): string {
  const slug = expression.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return slug === '' ? 'expr' : slug;
}

/** A btree index on one expression key, named `<table>_<expression>_idx` and free in the schema. */
export function newExpressionIndex(doc: DiagramDocument, table: Table, expression: string): CommandOf<'addPart'> {
  const name = freeName(relationNames(doc, table.schemaId), `${table.name}_${expressionSlug(expression)}_idx`);
  return {
    kind: 'addPart', tableId: table.id, part: 'indexes',
    value: {
      id: newId('idx'), name, method: 'btree', unique: false, nullsNotDistinct: false, keys: [{ ...EMPTY_KEY, expression }],
      include: [], where: null, with: {}, comment: '',
    },
  };
}
