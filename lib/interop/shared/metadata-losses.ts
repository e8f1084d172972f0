import type { DiagramDocument } from '../../model/document';
import { catalogType } from '../../model/type-catalog';
import type { Loss } from './report';
import { DocNames } from './names';

/**
 * What only a Tablecraft document holds — access patterns, volumes, declared
 * dependencies, snapshot markers, accepted exceptions, canvas notes and
 * positions — listed as losses of any schema-only format, with the domains
 * extensions and standalone sequences neither DBML nor Prisma can declare.
 */
export function designLosses(doc: DiagramDocument, format: string): Loss[] {
  const names = new DocNames(doc);
  const losses: Loss[] = [];
  for (const table of doc.tables) {
    const parts = [
      table.accessPatterns.length > 0 ? `${table.accessPatterns.length} access pattern(s)` : '',
      table.volume ? 'its volume' : '',
      table.dependencies.length > 0 ? `${table.dependencies.length} functional dependenc${table.dependencies.length === 1 ? 'y' : 'ies'}` : '',
      table.columns.some((c) => c.snapshotOf) ? 'its snapshot-column markers' : '',
    ].filter(Boolean);
    if (parts.length > 0) losses.push({ subject: names.subject(table), aspect: 'requirements', message: `${format} has no place for ${parts.join(', ')}` });
  }
  if (doc.exceptions.length > 0) losses.push({ subject: doc.name, aspect: 'exceptions', message: `${format} has no place for the ${doc.exceptions.length} accepted exception(s) and their justifications` });
  if (doc.notes.length > 0) losses.push({ subject: doc.name, aspect: 'notes', message: `${format} has no place for the ${doc.notes.length} canvas note(s)` });
  // An extension a column type needs (vector for vector(1536)) is added back on import; others are lost.
  const implied = new Set(doc.tables.flatMap((t) => t.columns.map((c) => (c.type.kind === 'base' ? catalogType(c.type.name)?.extension : undefined))));
  for (const extension of doc.extensions.filter((e) => !implied.has(e.name))) {
    losses.push({ subject: extension.name, aspect: 'extension', message: `${format} does not list extensions; create "${extension.name}" before migrating` });
  }
  for (const d of doc.domains) {
    losses.push({ subject: `${names.schema(d.schemaId)}.${d.name}`, aspect: 'domain', message: `${format} has no domains; columns of this domain are written with its base type, without its checks, NOT NULL and default` });
  }
  // Columns keep their nextval(…) default as text (Prisma: dbgenerated), so the sequence must exist before they do.
  // Not autoincrement(): Prisma would create a serial sequence of its own name and lose these options.
  for (const q of doc.sequences) {
    losses.push({ subject: `${names.schema(q.schemaId)}.${q.name}`, aspect: 'sequence', message: `${format} does not declare sequences; create "${q.name}" (and its options and owner) before migrating` });
  }
  for (const schema of doc.schemas.filter((s) => s.comment)) losses.push({ subject: schema.name, aspect: 'schema_comment', message: `${format} has no schema comments` });
  return losses;
}
