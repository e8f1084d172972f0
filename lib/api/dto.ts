import type { DiagramDocument } from '../model/document';

/**
 * What the HTTP API returns. These are plain JSON shapes shared by the server
 * (which builds them from storage rows, never exposing a row itself) and the
 * browser client.
 */
export interface DiagramSummary {
  id: string;
  name: string;
  /** Increases by one on every save; a save must name the revision it was based on. */
  revision: number;
  tableCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface DiagramDetail extends DiagramSummary {
  document: DiagramDocument;
}

/** An immutable snapshot of a diagram. */
export interface VersionSummary {
  version: number;
  label: string;
  /** The diagram revision the snapshot was taken from. */
  revision: number;
  tableCount: number;
  createdAt: string;
}

export interface VersionDetail extends VersionSummary {
  document: DiagramDocument;
}

export interface TemplateSummary {
  id: string;
  name: string;
  description: string;
}

export type ApiErrorCode =
  | 'invalid_json'
  | 'invalid_request'
  | 'invalid_document'
  | 'unsupported_version'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'not_found'
  | 'stale_revision'
  | 'storage_unavailable'
  | 'internal';

/** Every error response has this body. `problems` lists where a request body is wrong. */
export interface ApiErrorBody {
  error: {
    code: ApiErrorCode;
    message: string;
    problems?: { path: string; message: string }[];
    /** For `stale_revision`: the revision now stored, so the client can fetch and merge. */
    currentRevision?: number;
  };
}
