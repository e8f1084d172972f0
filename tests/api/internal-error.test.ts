import { afterEach, expect, it, vi } from 'vitest';
import * as collection from '../../app/api/diagrams/route';
import * as item from '../../app/api/diagrams/[id]/route';
import { getStorage } from '../../lib/server/db/singleton';
import { aDiagramIn } from '../auth/support/fixtures';
import { DEFAULT_WORKSPACE_ID } from '../../lib/server/auth/types';
import { apiError, call, request, useTemporaryStorage } from './support/api';

// Authorization reads the real database (the diagram must exist before the mocked service is reached).
useTemporaryStorage();

// A bug in the service: the edge must answer a generic 500 and keep the details in the log.
vi.mock('../../lib/server/diagrams', () => ({
  listDiagrams: () => Promise.reject(new Error('bug: secret internal detail')),
  getDiagram: () => {
    throw new TypeError('cannot read properties of undefined (internal detail)');
  },
}));

afterEach(() => {
  vi.restoreAllMocks();
});

it('answers 500 internal with a generic message and logs the details', async () => {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const answer = await call(collection.GET, request('GET', '/api/diagrams'));
  expect(answer.status).toBe(500);
  expect(apiError(answer)).toEqual({ code: 'internal', message: 'something went wrong on the server; the details are in the server log' });
  expect(JSON.stringify(answer.body)).not.toContain('secret');
  expect(logged).toHaveBeenCalledWith('[tablecraft] api: GET /api/diagrams: internal error', expect.objectContaining({ message: 'bug: secret internal detail' }));

  const id = await aDiagramIn((await getStorage()).db, DEFAULT_WORKSPACE_ID);
  const thrown = await call(item.GET, request('GET', `/api/diagrams/${id}`), { id });
  expect([thrown.status, apiError(thrown).code]).toEqual([500, 'internal']);
});
