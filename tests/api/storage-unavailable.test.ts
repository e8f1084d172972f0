import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { DiagramSummary } from '../../lib/api/dto';
import * as collection from '../../app/api/diagrams/route';
import { closeStorage } from '../../lib/server/db/singleton';
import { serverBackend, type TestDatabase } from '../storage/support/backends';
import { apiError, call, request } from './support/api';

const UNREACHABLE = 'postgres://tablecraft:s3cret-pw@127.0.0.1:1/appdb?sslmode=disable';

afterEach(() => {
  vi.restoreAllMocks();
});
afterAll(async () => {
  await closeStorage();
  delete process.env.DATABASE_URL;
});

describe('the API when the database cannot be reached', () => {
  it('answers 503 storage_unavailable saying what to check, without the password', async () => {
    process.env.DATABASE_URL = UNREACHABLE;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const answer = await call(collection.GET, request('GET', '/api/diagrams'));
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('5');
    const error = apiError(answer);
    expect(error.code).toBe('storage_unavailable');
    expect(error.message).toContain('postgres://tablecraft@127.0.0.1:1/appdb');
    expect(error.message).toContain('Check DATABASE_URL');
    expect(JSON.stringify(answer.body)).not.toContain('s3cret');
    expect(logged.mock.calls.flat().join(' ')).not.toContain('s3cret');

    const post = await call(collection.POST, request('POST', '/api/diagrams', { body: { name: 'x' } }));
    expect([post.status, apiError(post).code]).toEqual([503, 'storage_unavailable']);
  });

  describe.skipIf(serverBackend.skipReason !== null)(`recovers once the database is back${serverBackend.skipReason ? ` (skipped: ${serverBackend.skipReason})` : ''}`, () => {
    let database: TestDatabase | undefined;
    afterAll(async () => {
      await closeStorage();
      await database?.close();
    });

    it('does not remember the failure: the next request connects', async () => {
      process.env.DATABASE_URL = UNREACHABLE;
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      expect((await call(collection.GET, request('GET', '/api/diagrams'))).status).toBe(503);
      database = await serverBackend.open();
      process.env.DATABASE_URL = database.connectionString;
      vi.spyOn(console, 'info').mockImplementation(() => undefined);
      const answer = await call<{ diagrams: DiagramSummary[] }>(collection.GET, request('GET', '/api/diagrams'));
      expect(answer.status).toBe(200);
      expect(answer.body.diagrams).toEqual([]);
    });
  });
});
