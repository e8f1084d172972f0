import type { DocumentError } from '../../model/parse';

/** Expected failures of the diagram service; the HTTP edge maps each kind to a status. */
export type DiagramError =
  | DocumentError
  | { readonly kind: 'not_found'; readonly message: string }
  | { readonly kind: 'stale_revision'; readonly currentRevision: number; readonly message: string }
  | { readonly kind: 'unknown_template'; readonly templateId: string; readonly message: string };

export const diagramNotFound = (id: string): DiagramError => ({ kind: 'not_found', message: `no diagram with id "${id}"` });

export const versionNotFound = (id: string, version: number): DiagramError => ({
  kind: 'not_found',
  message: `diagram "${id}" has no version ${version}`,
});

export const staleRevision = (baseRevision: number, currentRevision: number): DiagramError => ({
  kind: 'stale_revision',
  currentRevision,
  message: `this change is based on revision ${baseRevision}, but the diagram is now at revision ${currentRevision}: fetch it, merge, and save again`,
});
