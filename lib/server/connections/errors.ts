import type { LiveError } from '../live/errors';

/** Expected failures of the connection and live-apply services; the HTTP edge maps each kind to a status. */
export type LiveServiceError =
  | { readonly kind: 'not_found'; readonly message: string }
  | { readonly kind: 'invalid_request'; readonly message: string; readonly path?: string }
  | { readonly kind: 'forbidden_host'; readonly message: string }
  | { readonly kind: 'secret_key_missing' | 'secret_key_invalid'; readonly message: string }
  | { readonly kind: 'connection_failed'; readonly message: string; readonly reason: LiveError['kind'] }
  | { readonly kind: 'cannot_plan'; readonly message: string }
  | { readonly kind: 'plan_changed'; readonly message: string }
  | { readonly kind: 'history_unknown'; readonly message: string };

export const connectionNotFound = (id: string): LiveServiceError => ({ kind: 'not_found', message: `no saved connection with id "${id}"` });

export const connectionFailed = (error: LiveError): LiveServiceError => ({ kind: 'connection_failed', message: error.message, reason: error.kind });
