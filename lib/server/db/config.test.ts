import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeDatabaseUrl, readStorageConfig } from './config';

describe('readStorageConfig', () => {
  it('defaults to embedded storage in ./.tablecraft and the migrations in prisma/migrations', () => {
    expect(readStorageConfig({})).toEqual({
      databaseUrl: null,
      dataDir: path.join(process.cwd(), '.tablecraft'),
      migrationsDir: path.join(process.cwd(), 'prisma', 'migrations'),
      poolMax: 1,
    });
  });

  it('reads DATABASE_URL, the data folder, the migrations folder and the pool size', () => {
    const config = readStorageConfig({
      DATABASE_URL: ' postgres://u@db/app ',
      TABLECRAFT_DATA_DIR: '/var/lib/tablecraft',
      TABLECRAFT_APP_MIGRATIONS_DIR: 'custom/migrations',
      TABLECRAFT_DB_POOL_MAX: '25',
    });
    expect(config).toEqual({
      databaseUrl: 'postgres://u@db/app',
      dataDir: '/var/lib/tablecraft',
      migrationsDir: path.join(process.cwd(), 'custom', 'migrations'),
      poolMax: 25,
    });
    expect(readStorageConfig({ DATABASE_URL: '   ' }).databaseUrl).toBeNull();
    expect(readStorageConfig({ DATABASE_URL: 'postgres://x', TABLECRAFT_DB_POOL_MAX: 'lots' }).poolMax).toBe(10);
  });
});

describe('describeDatabaseUrl', () => {
  it('keeps user, host, port and database, and drops the password and every parameter', () => {
    expect(describeDatabaseUrl('postgresql://app:p%40ss@db.internal:6432/tablecraft?sslmode=require&password=x')).toBe('postgresql://app@db.internal:6432/tablecraft');
    expect(describeDatabaseUrl('postgres://db.internal')).toBe('postgres://db.internal/(default database)');
  });

  it('shows nothing of a string it cannot parse', () => {
    expect(describeDatabaseUrl('host=db password=secret')).toBe('the server in DATABASE_URL (not a URL, so not shown)');
  });
});
