import type { MemberRole } from './auth-requests';

/** A signed-in account as the API shows it (never a password or token hash). */
export interface AccountDto {
  id: string;
  email: string;
  name: string;
}

export interface WorkspaceSummaryDto {
  id: string;
  name: string;
  /** The requester's role there. */
  role: MemberRole;
}

/**
 * open: nobody has an account and no share link exists, everyone is the local owner;
 * single-user: one account, no share link: a browser without a session acts as it;
 * enforced: every request needs a session or a share link.
 */
export type AccessModeDto = 'open' | 'single-user' | 'enforced';

/** `GET /api/auth/session` → 200 { session } */
export interface SessionDto {
  mode: AccessModeDto;
  /** Who the requester is: an account, the local owner (open mode), a share-link visitor, or nobody yet. */
  kind: 'user' | 'local' | 'share' | 'anonymous';
  /** The account, also when single-user mode lets a browser without a session act as it. */
  user: AccountDto | null;
  /** True when the browser holds a valid session cookie. */
  signedIn: boolean;
  /** For a share-link visitor: the diagram and role the link grants. */
  share: { diagramId: string; role: 'viewer' | 'commenter' | 'editor' } | null;
  /** Whether POST /api/auth/sign-up accepts anyone (invited emails always may). */
  signUpOpen: boolean;
  /** False until the first-run owner account exists (then /setup is closed). */
  ownerExists: boolean;
  /** The requester's workspaces with their role (the local owner: the Default workspace). */
  workspaces: WorkspaceSummaryDto[];
  /** The workspace that requests without a `workspace` parameter act in (the switcher's choice, else the home one). */
  currentWorkspaceId: string | null;
}

export interface MemberDto {
  userId: string;
  email: string;
  name: string;
  role: MemberRole;
  joinedAt: string;
}

export interface InvitationDto {
  email: string;
  role: MemberRole;
  invitedAt: string;
}

/** `GET /api/workspaces/:id/members` → 200 */
export interface MembersResponse {
  workspace: WorkspaceSummaryDto;
  members: MemberDto[];
  invitations: InvitationDto[];
}

/** `POST /api/workspaces/:id/members` → 201: who was added now, or who was invited. */
export type AddMemberResponse = { member: MemberDto; invitation?: never } | { invitation: InvitationDto; member?: never };
