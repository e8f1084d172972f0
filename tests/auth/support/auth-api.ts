import * as session from '../../../app/api/auth/session/route';
import * as setup from '../../../app/api/auth/setup/route';
import * as signIn from '../../../app/api/auth/sign-in/route';
import * as signOut from '../../../app/api/auth/sign-out/route';
import * as signUp from '../../../app/api/auth/sign-up/route';
import type { SessionDto } from '../../../lib/api/auth-dto';
import { call, request, type Answer } from '../../api/support/api';

/** The account routes, called the way the browser calls them. */

export interface Account {
  email: string;
  name: string;
  password: string;
}

export const anAccount = (label: string): Account => ({ email: `${label}@example.com`, name: label, password: `${label}-password-long` });

type UserAnswer = Answer<{ user: { id: string; email: string; name: string } }>;

export const postSetup = (account: Account, headers?: Record<string, string>): Promise<UserAnswer> =>
  call(setup.POST, request('POST', '/api/auth/setup', { body: account, headers }));
export const postSignUp = (account: Account, headers?: Record<string, string>): Promise<UserAnswer> =>
  call(signUp.POST, request('POST', '/api/auth/sign-up', { body: account, headers }));
export const postSignIn = (email: string, password: string, headers?: Record<string, string>): Promise<UserAnswer> =>
  call(signIn.POST, request('POST', '/api/auth/sign-in', { body: { email, password }, headers }));
export const postSignOut = (headers?: Record<string, string>): Promise<Answer<undefined>> =>
  call(signOut.POST, request('POST', '/api/auth/sign-out', { headers }));
export const getSession = async (headers?: Record<string, string>): Promise<SessionDto> =>
  (await call<{ session: SessionDto }>(session.GET, request('GET', '/api/auth/session', { headers }))).body.session;

/** The session token a sign-in / sign-up answer set, as a Cookie header for the next requests. */
export function cookieFrom(answer: Answer<unknown>): Record<string, string> {
  const set = answer.headers.get('set-cookie') ?? '';
  const token = /tablecraft_session=([^;]*)/.exec(set)?.[1];
  if (!token) throw new Error(`no session cookie in ${answer.status} ${JSON.stringify(answer.body)}`);
  return { cookie: `tablecraft_session=${token}` };
}
