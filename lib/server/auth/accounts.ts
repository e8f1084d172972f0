import type { AccountDto } from '../../api/auth-dto';
import type { SignInRequest, SignUpRequest } from '../../api/auth-requests';
import { err, ok, type Result } from '../../result';
import type { Database } from '../db/prisma';
import type { ApiError } from '../http/responses';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from './password';
import { signUpClosed } from './settings';
import { DEFAULT_WORKSPACE_ID } from './types';

/*
 * Accounts: the first-run owner, sign-up and password checks. The password is
 * hashed before any transaction starts (it takes a noticeable fraction of a
 * second by design) so no database lock is held while hashing.
 */

type AccountResult = Promise<Result<AccountDto, ApiError>>;

const SETUP_LOCK = 'tablecraft.accounts';
const emailTaken = (email: string): ApiError => ({
  code: 'conflict', message: `an account with the email ${email} exists already: sign in instead`, problems: [{ path: 'email', message: 'an account with this email exists already' }],
});

/** Serializes account creation across app instances: "is this the first account?" must have one answer. */
async function lockAccounts(tx: Pick<Database, '$executeRaw'>): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${SETUP_LOCK}))`;
}

/**
 * The first-run owner: allowed only while no account exists. The owner joins the
 * Default workspace, which holds everything made before accounts existed.
 */
export async function createOwner(db: Database, input: SignUpRequest): AccountResult {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await lockAccounts(tx);
    if ((await tx.user.count()) > 0) return err({ code: 'conflict', message: 'the owner account exists already: sign in, or ask the owner to invite you' });
    const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash }, select: { id: true, email: true, name: true } });
    await tx.workspaceMember.create({ data: { workspaceId: DEFAULT_WORKSPACE_ID, userId: user.id, role: 'owner' } });
    return ok(user);
  });
}

/**
 * A new account: its own workspace (as owner) plus every workspace that invited
 * its email. With no account yet this is the first-run owner. Refused when
 * TABLECRAFT_SIGNUP=closed unless the email was invited.
 */
export async function signUp(db: Database, input: SignUpRequest): AccountResult {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await lockAccounts(tx);
    if ((await tx.user.count()) === 0) {
      const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash }, select: { id: true, email: true, name: true } });
      await tx.workspaceMember.create({ data: { workspaceId: DEFAULT_WORKSPACE_ID, userId: user.id, role: 'owner' } });
      return ok(user);
    }
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) return err(emailTaken(input.email));
    const invitations = await tx.workspaceInvitation.findMany({ where: { email: input.email } });
    if (invitations.length === 0 && signUpClosed()) {
      return err({ code: 'forbidden', message: 'sign-up is closed on this server: ask a workspace owner to invite your email, then sign up with it' });
    }
    const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash }, select: { id: true, email: true, name: true } });
    const own = await tx.workspace.create({ data: { name: `${input.name}'s workspace`.slice(0, 200) } });
    await tx.workspaceMember.createMany({
      data: [{ workspaceId: own.id, userId: user.id, role: 'owner' }, ...invitations.map((i) => ({ workspaceId: i.workspaceId, userId: user.id, role: i.role }))],
    });
    await tx.workspaceInvitation.deleteMany({ where: { email: input.email } });
    return ok(user);
  });
}

/** The account when the password is right; null otherwise (unknown email and wrong password look the same). */
export async function checkPassword(db: Database, input: SignInRequest): Promise<AccountDto | null> {
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true, email: true, name: true, passwordHash: true } });
  if (!user) return verifyAgainstDecoy(input.password).then(() => null);
  if (!(await verifyPassword(input.password, user.passwordHash))) return null;
  return { id: user.id, email: user.email, name: user.name };
}

export async function ownerExists(db: Database): Promise<boolean> {
  return (await db.user.findFirst({ select: { id: true } })) !== null;
}
