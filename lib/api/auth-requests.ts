import { z } from 'zod';

/*
 * Request bodies of /api/auth/** and /api/workspaces/** (the browser validates
 * its forms with the same schemas). Role lists repeat lib/server/auth/types.ts
 * because the pure core may not import the server.
 */

export const MIN_PASSWORD_LENGTH = 10;
/** scrypt takes any length; this only bounds the work one request can ask for. */
const MAX_PASSWORD_LENGTH = 1024;

export const MEMBER_ROLES = ['owner', 'editor', 'commenter', 'viewer'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const Email = z
  .string({ error: 'email is the address you sign in with' })
  .trim()
  .toLowerCase()
  .max(320, 'email is at most 320 characters')
  .pipe(z.email({ error: 'email is not a valid address (like ada@example.com)' }));

const Password = z
  .string({ error: 'password is required' })
  .min(MIN_PASSWORD_LENGTH, `password must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `password is at most ${MAX_PASSWORD_LENGTH} characters`);

const PersonName = z
  .string({ error: 'name is how others see you' })
  .trim()
  .min(1, 'name cannot be empty')
  .max(200, 'name is at most 200 characters');

const WorkspaceName = z.string().trim().min(1, 'name cannot be empty').max(200, 'name is at most 200 characters');

export const Role = z.enum(MEMBER_ROLES, { error: `role is one of ${MEMBER_ROLES.join(', ')}` });

/** POST /api/auth/setup and POST /api/auth/sign-up. */
export const SignUpRequest = z.strictObject({ email: Email, name: PersonName, password: Password });
export type SignUpRequest = z.output<typeof SignUpRequest>;

/** POST /api/auth/sign-in: any length of password is checked (a short one is simply wrong). */
export const SignInRequest = z.strictObject({ email: Email, password: z.string({ error: 'password is required' }).min(1, 'password is required').max(MAX_PASSWORD_LENGTH) });
export type SignInRequest = z.output<typeof SignInRequest>;

/** POST /api/workspaces */
export const CreateWorkspaceRequest = z.strictObject({ name: WorkspaceName });

/** POST /api/workspaces/:id/members: an existing account joins; anyone else gets an invitation. */
export const AddMemberRequest = z.strictObject({ email: Email, role: Role });
export type AddMemberRequest = z.output<typeof AddMemberRequest>;

/** PATCH /api/workspaces/:id/members/:userId */
export const ChangeRoleRequest = z.strictObject({ role: Role });
