import { CURRENT_FORMAT_VERSION, DEFAULT_POSTGRES_VERSION, DiagramDocument, DOCUMENT_FORMAT } from './document';

/** A new diagram with nothing in it but the `public` schema. */
export function emptyDocument(name: string): DiagramDocument {
  return DiagramDocument.parse({
    format: DOCUMENT_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    name,
    target: { postgresVersion: DEFAULT_POSTGRES_VERSION },
    schemas: [{ id: 'sch_public', name: 'public' }],
  });
}
