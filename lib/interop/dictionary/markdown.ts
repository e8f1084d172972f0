import { dataDictionary } from '../../bundle/data-dictionary';
import { resolveLeniently } from '../../ddl/resolve';
import type { DiagramDocument } from '../../model/document';

/**
 * The data dictionary as Markdown: tables, columns (type, nullability,
 * default, comment), keys, relationships, constraints, indexes, partitioning,
 * declared dependencies, justified exceptions, access patterns and volumes.
 * The migration bundle writes the same text as docs/data-dictionary.md, so
 * there is one dictionary, rendered from the resolved model (real constraint
 * names, rendered types) even when the document would not yet generate DDL.
 */
export function dataDictionaryMarkdown(doc: DiagramDocument): string {
  return dataDictionary(doc, resolveLeniently(doc).model);
}
