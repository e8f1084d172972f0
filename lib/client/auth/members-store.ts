import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MembersResponse } from '../../api/auth-dto';
import type { MemberRole } from '../../api/auth-requests';
import { err, ok, type Result } from '../../result';
import { authApi, type AuthApi } from './api';

/** The members page of one workspace: members, pending invitations, and the owner's actions. */
export interface MembersState {
  data: MembersResponse | null;
  /** A failure to load, or of the last action, shown as a banner. */
  error: string | null;
  load(): Promise<void>;
  add(email: string, role: MemberRole): Promise<Result<string, string>>;
  changeRole(userId: string, role: MemberRole): Promise<void>;
  remove(userId: string): Promise<void>;
  revokeInvitation(email: string): Promise<void>;
  dismissError(): void;
}

export type MembersStore = StoreApi<MembersState>;

export function createMembersStore(workspaceId: string, api: AuthApi = authApi): MembersStore {
  return createStore<MembersState>()((set, get) => {
    /** Runs an action, then shows the list as the server has it now (or the action's error). */
    const act = async (answer: Promise<{ ok: boolean; error?: { error: { message: string } } }>) => {
      const result = await answer;
      await get().load();
      if (!result.ok) set({ error: result.error?.error.message ?? 'The change was refused.' });
    };
    return {
      data: null,
      error: null,
      load: async () => {
        const answer = await api.members(workspaceId);
        set(answer.ok ? { data: answer.value, error: null } : { error: `Could not load the members: ${answer.error.error.message}` });
      },
      add: async (email, role) => {
        const answer = await api.addMember(workspaceId, email, role);
        if (!answer.ok) return err(answer.error.error.message);
        await get().load();
        return ok(answer.value.member ? `${answer.value.member.name} joined as ${role}.` : `${email} is invited as ${role}: they join when they sign up with this email.`);
      },
      changeRole: (userId, role) => act(api.changeRole(workspaceId, userId, role)),
      remove: (userId) => act(api.removeMember(workspaceId, userId)),
      revokeInvitation: (email) => act(api.revokeInvitation(workspaceId, email)),
      dismissError: () => set({ error: null }),
    };
  });
}
