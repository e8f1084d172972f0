import type { AddMemberResponse, InvitationDto, MemberDto, MembersResponse, WorkspaceSummaryDto } from '../../api/auth-dto';
import type { MemberRole } from '../../api/auth-requests';
import { err, ok, type Result } from '../../result';
import type { Database } from '../db/prisma';
import type { ApiError } from '../http/responses';
import { isWorkspaceRole } from './memberships';

/*
 * Workspaces and their members. Callers have already checked the requester's
 * role (authorizeWorkspace); these functions enforce the data's own rules: an
 * email is a member or invited, never both; a workspace always keeps an owner.
 */

type WorkspaceResult<T> = Promise<Result<T, ApiError>>;
type Tx = Parameters<Parameters<Database['$transaction']>[0]>[0];

const roleOf = (role: string): MemberRole => (isWorkspaceRole(role) ? role : 'viewer');

export async function workspacesOf(db: Database, userId: string): Promise<WorkspaceSummaryDto[]> {
  const rows = await db.workspaceMember.findMany({
    where: { userId }, select: { role: true, workspace: { select: { id: true, name: true } } }, orderBy: [{ createdAt: 'asc' }, { workspaceId: 'asc' }],
  });
  return rows.map((r) => ({ id: r.workspace.id, name: r.workspace.name, role: roleOf(r.role) }));
}

export async function workspaceSummary(db: Database, workspaceId: string, role: MemberRole): Promise<WorkspaceSummaryDto | null> {
  const row = await db.workspace.findUnique({ where: { id: workspaceId }, select: { id: true, name: true } });
  return row ? { ...row, role } : null;
}

export async function createWorkspace(db: Database, userId: string, name: string): Promise<WorkspaceSummaryDto> {
  const row = await db.workspace.create({ data: { name, members: { create: { userId, role: 'owner' } } }, select: { id: true, name: true } });
  return { ...row, role: 'owner' };
}

export async function listMembers(db: Database, workspace: WorkspaceSummaryDto): Promise<MembersResponse> {
  const [members, invitations] = await Promise.all([
    db.workspaceMember.findMany({
      where: { workspaceId: workspace.id }, orderBy: [{ createdAt: 'asc' }, { userId: 'asc' }],
      select: { role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
    }),
    db.workspaceInvitation.findMany({ where: { workspaceId: workspace.id }, orderBy: [{ createdAt: 'asc' }, { email: 'asc' }] }),
  ]);
  return { workspace, members: members.map(toMember), invitations: invitations.map(toInvitation) };
}

/** An existing account joins at once; any other email is invited (it joins when it signs up). */
export async function addMember(db: Database, workspaceId: string, email: string, role: MemberRole, invitedBy: string | null): WorkspaceResult<AddMemberResponse> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) {
    const row = await db.workspaceInvitation.upsert({
      where: { workspaceId_email: { workspaceId, email } },
      create: { workspaceId, email, role, invitedBy }, update: { role },
    });
    return ok({ invitation: toInvitation(row) });
  }
  const existing = await db.workspaceMember.findUnique({ where: { workspaceId_userId: { workspaceId, userId: user.id } } });
  if (existing) return err({ code: 'conflict', message: `${email} is a member already (as ${existing.role}): change their role instead` });
  const row = await db.workspaceMember.create({
    data: { workspaceId, userId: user.id, role },
    select: { role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  return ok({ member: toMember(row) });
}

export async function changeRole(db: Database, workspaceId: string, userId: string, role: MemberRole): WorkspaceResult<MemberDto> {
  return db.$transaction(async (tx) => {
    const checked = await keepsAnOwner(tx, workspaceId, userId, role === 'owner' ? 'stays' : 'leaves');
    if (!checked.ok) return checked;
    const row = await tx.workspaceMember.update({
      where: { workspaceId_userId: { workspaceId, userId } }, data: { role },
      select: { role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
    });
    return ok(toMember(row));
  });
}

export async function removeMember(db: Database, workspaceId: string, userId: string): WorkspaceResult<void> {
  return db.$transaction(async (tx) => {
    const checked = await keepsAnOwner(tx, workspaceId, userId, 'leaves');
    if (!checked.ok) return checked;
    await tx.workspaceMember.delete({ where: { workspaceId_userId: { workspaceId, userId } } });
    return ok(undefined);
  });
}

export async function revokeInvitation(db: Database, workspaceId: string, email: string): WorkspaceResult<void> {
  const { count } = await db.workspaceInvitation.deleteMany({ where: { workspaceId, email } });
  return count > 0 ? ok(undefined) : err({ code: 'not_found', message: `no pending invitation for ${email} in this workspace` });
}

/**
 * The member exists, and the workspace still has an owner afterwards. The
 * owners' rows are locked first, so two owners demoting each other at the same
 * moment cannot both succeed.
 */
async function keepsAnOwner(tx: Tx, workspaceId: string, userId: string, owner: 'stays' | 'leaves'): WorkspaceResult<void> {
  const owners = await tx.$queryRaw<{ user_id: string }[]>`
    SELECT user_id::text FROM tablecraft.workspace_members WHERE workspace_id = ${workspaceId}::uuid AND role = 'owner' FOR UPDATE`;
  const member = await tx.workspaceMember.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { role: true } });
  if (!member) return err({ code: 'not_found', message: `no member with user id "${userId}" in this workspace` });
  const isOwner = owners.some((o) => o.user_id === userId);
  if (owner === 'leaves' && isOwner && owners.length === 1) {
    return err({ code: 'conflict', message: 'this is the workspace\'s last owner: make another member an owner first' });
  }
  return ok(undefined);
}

function toMember(row: { role: string; createdAt: Date; user: { id: string; email: string; name: string } }): MemberDto {
  return { userId: row.user.id, email: row.user.email, name: row.user.name, role: roleOf(row.role), joinedAt: row.createdAt.toISOString() };
}

function toInvitation(row: { email: string; role: string; createdAt: Date }): InvitationDto {
  return { email: row.email, role: roleOf(row.role), invitedAt: row.createdAt.toISOString() };
}
