import { describe, expect, it } from 'vitest';
import { applyBundle, rollbackBundle } from '../../lib/server/apply';
import { connectLive } from '../../lib/server/live';
import { redact, secretsOf } from '../../lib/server/live/redact';
import { handBundle } from './support/bundles';

/** No output of any operation may carry the password: success, refusal, wrong password, unreachable host, bad URL. */
const PASSWORD = 's3cr3t-Pa55:word@x';
const encoded = encodeURIComponent(PASSWORD);

function assertNoPassword(value: unknown): void {
  const text = JSON.stringify(value) + String(value);
  expect(text).not.toContain(PASSWORD);
  expect(text).not.toContain(encoded);
}

describe('credential redaction', () => {
  it('redacts known secrets and any user:password@ in URLs', () => {
    const url = `postgres://bob:${encoded}@db.example:5432/app`;
    expect(redact(`failed for ${url} (${PASSWORD})`, secretsOf(url))).toBe('failed for *** (***)');
    expect(redact('postgres://x:other@h/db password=abc', [])).toBe('postgres://x:***@h/db password=***');
  });

  const cases = [
    ['wrong password on the server', `postgres://nobody_here:${encoded}@127.0.0.1:5432/test`],
    ['unreachable host', `postgres://bob:${encoded}@127.0.0.1:1/test`],
    ['unknown host', `postgres://bob:${encoded}@no-such-host.invalid:5432/test`],
    ['not a URL', `bob:${PASSWORD}@nowhere`],
  ] as const;

  for (const [label, url] of cases) {
    it(`never returns the password: ${label}`, async () => {
      const logs: unknown[] = [];
      const connected = await connectLive(url, { connectTimeoutMs: 3000 });
      expect(connected.ok).toBe(false);
      assertNoPassword(connected);
      const bundle = await handBundle('redaction', { '001_a': { up: 'CREATE TABLE a (id int);', down: 'DROP TABLE a;' } });
      const applied = await applyBundle(bundle, { databaseUrl: url, connectTimeoutMs: 3000, onEvent: (e) => logs.push(e) });
      expect(applied.ok).toBe(false);
      assertNoPassword(applied);
      const rolled = await rollbackBundle(bundle, { databaseUrl: url, toVersion: 0, connectTimeoutMs: 3000, onEvent: (e) => logs.push(e) });
      assertNoPassword(rolled);
      assertNoPassword(logs);
    });
  }
});
