import type { ApiErrorCode } from '../../api/dto';

/**
 * Expected failures of the share-link service. Each `code` is an API error code,
 * so the route handler answers with it as it is.
 */
export interface ShareError {
  readonly code: Extract<ApiErrorCode, 'owner_required' | 'forbidden' | 'not_found' | 'invalid_request'>;
  readonly message: string;
  readonly problems?: { path: string; message: string }[];
}

export const ownerRequired = (): ShareError => ({
  code: 'owner_required',
  message:
    'Create the owner account first at /setup: a share link turns on access control, and without an owner account '
    + 'nobody could sign in to manage this diagram any more.',
});

export const linkVisitorCannotShare = (): ShareError => ({
  code: 'forbidden',
  message: 'You opened this diagram through a share link; only members of its workspace can make or revoke share links.',
});

export const roleAboveOwn = (requested: string, own: string): ShareError => ({
  code: 'forbidden',
  message: `You are ${article(own)} ${own} of this diagram, so you can share it at most as ${own}, not as ${requested}.`,
});

export const cannotShareAtAll = (own: string): ShareError => ({
  code: 'forbidden',
  message: `You are ${article(own)} ${own} of this diagram; only editors and owners can share it.`,
});

export const notYourLink = (): ShareError => ({
  code: 'forbidden',
  message: 'Only the person who made this link, or an owner of the workspace, can revoke it.',
});

export const linkNotFound = (diagramId: string, linkId: string): ShareError => ({
  code: 'not_found',
  message: `diagram "${diagramId}" has no share link "${linkId}"`,
});

export const expiryInPast = (expiresAt: string): ShareError => {
  const message = `expiresAt (${expiresAt}) is not in the future: pick a later time, or null for a link that never expires`;
  return { code: 'invalid_request', message, problems: [{ path: 'expiresAt', message }] };
};

function article(role: string): string {
  return /^[aeiou]/.test(role) ? 'an' : 'a';
}
