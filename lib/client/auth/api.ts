import type { AddMemberResponse, MemberDto, MembersResponse, SessionDto, WorkspaceSummaryDto } from '../../api/auth-dto';
import type { MemberRole } from '../../api/auth-requests';
import { ok } from '../../result';
import type { ApiResult } from '../api';
import { sendAuth } from './request';

/*
 * The browser's client for /api/auth/** and /api/workspaces/**. Answers are
 * typed by the shared DTOs (lib/api/auth-dto.ts); the server is ours and
 * validates everything it receives.
 */

export interface AccountForm {
  email: string;
  name: string;
  password: string;
}

type User = { id: string; email: string; name: string };
const pick = <T, B>(result: ApiResult<unknown>, get: (body: B) => T): ApiResult<T> => (result.ok ? ok(get(result.value as B)) : result);

export const authApi = {
  session: async (): Promise<ApiResult<SessionDto>> => pick(await sendAuth('GET', '/api/auth/session'), (b: { session: SessionDto }) => b.session),
  setup: async (form: AccountForm): Promise<ApiResult<User>> => pick(await sendAuth('POST', '/api/auth/setup', form), (b: { user: User }) => b.user),
  signUp: async (form: AccountForm): Promise<ApiResult<User>> => pick(await sendAuth('POST', '/api/auth/sign-up', form), (b: { user: User }) => b.user),
  signIn: async (email: string, password: string): Promise<ApiResult<User>> =>
    pick(await sendAuth('POST', '/api/auth/sign-in', { email, password }), (b: { user: User }) => b.user),
  signOut: async (): Promise<ApiResult<null>> => pick(await sendAuth('POST', '/api/auth/sign-out'), () => null),
  createWorkspace: async (name: string): Promise<ApiResult<WorkspaceSummaryDto>> =>
    pick(await sendAuth('POST', '/api/workspaces', { name }), (b: { workspace: WorkspaceSummaryDto }) => b.workspace),
  members: async (workspaceId: string): Promise<ApiResult<MembersResponse>> => pick(await sendAuth('GET', membersPath(workspaceId)), (b: MembersResponse) => b),
  addMember: async (workspaceId: string, email: string, role: MemberRole): Promise<ApiResult<AddMemberResponse>> =>
    pick(await sendAuth('POST', membersPath(workspaceId), { email, role }), (b: AddMemberResponse) => b),
  changeRole: async (workspaceId: string, userId: string, role: MemberRole): Promise<ApiResult<MemberDto>> =>
    pick(await sendAuth('PATCH', `${membersPath(workspaceId)}/${encodeURIComponent(userId)}`, { role }), (b: { member: MemberDto }) => b.member),
  removeMember: async (workspaceId: string, userId: string): Promise<ApiResult<null>> =>
    pick(await sendAuth('DELETE', `${membersPath(workspaceId)}/${encodeURIComponent(userId)}`), () => null),
  revokeInvitation: async (workspaceId: string, email: string): Promise<ApiResult<null>> =>
    pick(await sendAuth('DELETE', `/api/workspaces/${encodeURIComponent(workspaceId)}/invitations/${encodeURIComponent(email)}`), () => null),
};
export type AuthApi = typeof authApi;

function membersPath(workspaceId: string): string {
  return `/api/workspaces/${encodeURIComponent(workspaceId)}/members`;
}
