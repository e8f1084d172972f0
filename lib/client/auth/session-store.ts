import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SessionDto } from '../../api/auth-dto';
import { err, ok, type Result } from '../../result';
import type { ApiFailure } from '../api';
import { authApi, type AccountForm, type AuthApi } from './api';
import { chooseWorkspace } from './navigation';

/**
 * Who is signed in, the access mode, and the account actions. One store for the
 * page (the header menu, the switcher and the account forms share it).
 */
export interface SessionState {
  /** null until the first answer. */
  session: SessionDto | null;
  error: string | null;
  load(): Promise<void>;
  signIn(email: string, password: string): Promise<Result<null, FormFailure>>;
  signUp(form: AccountForm): Promise<Result<null, FormFailure>>;
  setup(form: AccountForm): Promise<Result<null, FormFailure>>;
  signOut(): Promise<Result<null, string>>;
  switchWorkspace(workspaceId: string): Promise<void>;
}

/** A message for the whole form, and one per field the server named. */
export interface FormFailure {
  message: string;
  fields: Record<string, string>;
}

export type SessionStore = StoreApi<SessionState>;

function formFailure(failure: ApiFailure): FormFailure {
  const fields: Record<string, string> = {};
  for (const problem of failure.error.problems ?? []) fields[problem.path] ??= problem.message;
  return { message: failure.error.message, fields };
}

export function createSessionStore(api: AuthApi = authApi): SessionStore {
  return createStore<SessionState>()((set, get) => {
    const afterAccount = async (result: Awaited<ReturnType<AuthApi['signIn']>>): Promise<Result<null, FormFailure>> => {
      if (!result.ok) return err(formFailure(result.error));
      await get().load();
      return ok(null);
    };
    return {
      session: null,
      error: null,
      load: async () => {
        const answer = await api.session();
        set(answer.ok ? { session: answer.value, error: null } : { error: `Could not tell who is signed in: ${answer.error.error.message}` });
      },
      signIn: async (email, password) => afterAccount(await api.signIn(email, password)),
      signUp: async (form) => afterAccount(await api.signUp(form)),
      setup: async (form) => afterAccount(await api.setup(form)),
      signOut: async () => {
        const answer = await api.signOut();
        if (!answer.ok) return err(answer.error.error.message);
        await get().load();
        return ok(null);
      },
      switchWorkspace: async (workspaceId) => {
        chooseWorkspace(workspaceId);
        await get().load();
      },
    };
  });
}

/** The page's one session store (the header menu, the switcher and the account forms share it). */
export const sessionStore: SessionStore = createSessionStore();
