import { z } from 'zod';
import { SHARE_LINK_ROLES } from './share-dto';

/** The longest label a link can carry; it is only a reminder of whom it was for. */
export const SHARE_LABEL_MAX = 200;

/**
 * POST /api/diagrams/:id/shares. `expiresAt` is an absolute time with an offset
 * (the UI turns its presets — 1, 7, 30 days — into one); null or absent means
 * the link never expires. Whether it lies in the future is checked by the service,
 * against the server's clock.
 */
export const CreateShareLinkRequest = z
  .object({
    role: z.enum(SHARE_LINK_ROLES, { error: 'role is one of viewer, commenter, editor' }),
    label: z
      .string()
      .trim()
      .max(SHARE_LABEL_MAX, `label is at most ${SHARE_LABEL_MAX} characters`)
      .transform((label) => (label === '' ? undefined : label))
      .optional(),
    expiresAt: z
      .iso.datetime({ offset: true, error: 'expiresAt is an ISO 8601 time with an offset, e.g. 2030-01-31T12:00:00Z, or null for never' })
      .nullable()
      .optional(),
  })
  .strict();
export type CreateShareLinkRequest = z.infer<typeof CreateShareLinkRequest>;

export const ShareLinkIdParam = z.uuid('a share link id is a UUID');
