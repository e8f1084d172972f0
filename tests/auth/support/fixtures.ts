import { randomUUID } from 'node:crypto';
import { aDocument, aTable } from '../../../lib/model/testing';
import { hashToken, newSessionToken, newShareToken } from '../../../lib/server/auth/tokens';
import type { ShareRole, WorkspaceRole } from '../../../lib/server/auth/types';
import type { Database } from '../../../lib/server/db/prisma';
import type { Prisma } from '../../../lib/server/db/generated/client';

/**
 * Rows written straight through Prisma (not through the services under test),
 * so the authorization tests do not depend on sign-up or sharing working.
 */

const DAY = 24 * 60 * 60 * 1000;
const FAKE_HASH = 'scrypt$14$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export interface TestUser {
  readonly id: string;
  readonly email: string;
  /** The `tablecraft_session` cookie value of a fresh session. */
  readonly sessionToken: string;
}

export async function aWorkspace(db: Database, name: string): Promise<string> {
  return (await db.workspace.create({ data: { name } })).id;
}

export async function aUser(db: Database, label: string): Promise<Omit<TestUser, 'sessionToken'>> {
  const email = `${label}-${randomUUID().slice(0, 8)}@example.com`;
  const user = await db.user.create({ data: { email, name: label, passwordHash: FAKE_HASH } });
  return { id: user.id, email };
}

export async function aSession(db: Database, userId: string, expiresInMs = 30 * DAY): Promise<string> {
  const token = newSessionToken();
  await db.session.create({ data: { tokenHash: hashToken(token), userId, expiresAt: new Date(Date.now() + expiresInMs) } });
  return token;
}

/** A user with a session and a role in `workspaceId`. */
export async function aMember(db: Database, workspaceId: string, role: WorkspaceRole, label: string = role): Promise<TestUser> {
  const user = await aUser(db, label);
  await db.workspaceMember.create({ data: { workspaceId, userId: user.id, role } });
  return { ...user, sessionToken: await aSession(db, user.id) };
}

export async function aDiagramIn(db: Database, workspaceId: string, name = 'Shop'): Promise<string> {
  const document = aDocument({ name, tables: [aTable({ name: 'accounts' })] }) as unknown as Prisma.InputJsonValue;
  const row = await db.diagram.create({
    data: { name, revision: 1, document, tableCount: 1, workspaceId, versions: { create: { version: 1, label: 'Created', revision: 1, document, tableCount: 1 } } },
  });
  return row.id;
}

export async function aConnectionIn(db: Database, workspaceId: string, name = 'warehouse'): Promise<string> {
  const row = await db.connection.create({
    data: { name, host: '127.0.0.1', port: 5432, database: 'warehouse', username: 'app', sslmode: 'disable', workspaceId },
  });
  return row.id;
}

export interface LinkOptions {
  readonly revoked?: boolean;
  /** Negative: already expired. */
  readonly expiresInMs?: number;
}

/** A share link; returns the token (only its hash is stored). */
export async function aShareLink(db: Database, diagramId: string, role: ShareRole, options: LinkOptions = {}): Promise<string> {
  const token = newShareToken();
  await db.shareLink.create({
    data: {
      diagramId, role, tokenHash: hashToken(token),
      revokedAt: options.revoked ? new Date() : null,
      expiresAt: options.expiresInMs === undefined ? null : new Date(Date.now() + options.expiresInMs),
    },
  });
  return token;
}

export const sessionCookie = (token: string) => ({ cookie: `tablecraft_session=${token}` });
export const shareCookie = (token: string) => ({ cookie: `tablecraft_share=${token}` });
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
