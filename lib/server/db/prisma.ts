import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { PrismaClient } from './generated/client';

export type Database = PrismaClient;

/**
 * Prisma Client over our own `pg` pool through the driver adapter (Prisma 7 has
 * no native query engine). The pool stays ours: the storage closes it.
 */
export function createPrismaClient(pool: pg.Pool): Database {
  return new PrismaClient({ adapter: new PrismaPg(pool, { schema: 'tablecraft' }) });
}
