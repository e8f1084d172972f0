import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../lib/server/db/embedded';
import { applyBundle, loadBundle, rollbackBundle } from '../../lib/server/apply';
import { driftBetween, fromPg, introspect } from '../../lib/server/introspect';
import { ragTemplate } from '../../lib/templates/rag';
import { writeGeneratedBundle } from './support/bundles';
import { normalized } from './support/normalize';

/** The generated pgvector bundle on embedded PGlite 18 (over the wire protocol): apply → rollback → apply, then drift. */
describe('apply on PGlite 18', () => {
  let pgl: EmbeddedPostgres;
  let client: pg.Client;
  beforeAll(async () => {
    pgl = await startEmbeddedPostgres({ dataDir: null });
    client = new pg.Client({ connectionString: pgl.connectionString });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await pgl?.close();
  });

  it('applies, rolls back and re-applies the RAG bundle; introspection then equals the diagram; a hand change is found by drift and closed', async () => {
    const doc = ragTemplate();
    const loaded = await loadBundle(await writeGeneratedBundle(doc));
    if (!loaded.ok) throw new Error(loaded.error.message);
    const url = pgl.connectionString;
    const up = await applyBundle(loaded.value, { databaseUrl: url });
    expect(up.ok, up.ok ? '' : up.error.message).toBe(true);
    const down = await rollbackBundle(loaded.value, { databaseUrl: url, toVersion: 0, confirm: 'postgres' });
    expect(down.ok, down.ok ? '' : down.error.message).toBe(true);
    const again = await applyBundle(loaded.value, { databaseUrl: url });
    expect(again.ok, again.ok ? '' : again.error.message).toBe(true);

    const live = await introspect(fromPg(client));
    if (!live.ok) throw new Error(live.error.message);
    expect(normalized(live.value.document)).toEqual(normalized(doc));
    expect(driftBetween(doc, live.value.document)).toMatchObject({ ok: true, value: { inSync: true } });

    const table = doc.tables[0]!;
    await client.query(`ALTER TABLE ${table.name} ADD COLUMN hand_made text`);
    const changed = await introspect(fromPg(client));
    if (!changed.ok) throw new Error(changed.error.message);
    const drift = driftBetween(doc, changed.value.document);
    if (!drift.ok) throw new Error(drift.error.message);
    expect(drift.value.inSync).toBe(false);
    expect(drift.value.statements.map((s) => s.sql).join('\n')).toContain('DROP COLUMN "hand_made"');
    for (const s of drift.value.statements) await client.query(s.sql);
    const closed = await introspect(fromPg(client));
    expect(closed.ok && driftBetween(doc, closed.value.document)).toMatchObject({ ok: true, value: { inSync: true } });
  });
});
