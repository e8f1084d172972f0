import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, serverUnavailableReason, type DatabaseTier, type TestDatabase } from '../support/databases';
import { applyFile } from '../bundle/support/apply';
import { copiedEmailScenario, ordersScenario, tagsScenario, type Scenario } from './scenarios';
import { applyUps, expectCatalog, load, prepare } from './support';

/**
 * Data that would not survive the move: the UP refuses with a message naming
 * example values, and the database is exactly as it was (schema and rows).
 */
const serverReason = await serverUnavailableReason();
const TIERS: { tier: DatabaseTier; skip: boolean }[] = [{ tier: 'pglite18', skip: false }, { tier: 'server15', skip: Boolean(serverReason) }];

const withRows = (scenario: Scenario, rows: string): Scenario => ({ ...scenario, rows });

describe.each(TIERS)('refusals on $tier', ({ tier, skip }) => {
  let db: TestDatabase;
  beforeAll(async () => { if (!skip) db = await openDatabase(tier); }, 60_000);
  afterAll(async () => { await db?.close(); });
  beforeEach(async () => { if (!skip) await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;'); });

  async function expectRefused(scenario: Scenario, message: RegExp) {
    const original = await load(db, scenario);
    const { bundle } = await prepare(scenario);
    await expect(applyUps(db, bundle)).rejects.toThrow(message);
    await expectCatalog(db, scenario.before);
    expect(await db.query(scenario.original)).toEqual(original);
  }

  it.skipIf(skip)('one customer_id with two e-mails: refuses, names the value and both e-mails', async () => {
    const s = withRows(ordersScenario(), `INSERT INTO orders (id, customer_id, customer_email) VALUES
      (1, 10, 'ann@example.com'), (2, 10, 'ann@work.example'), (3, 11, 'bo@example.com'), (4, 12, NULL), (5, 12, 'cy@example.com')`);
    await expectRefused(s, /breaks the dependency \(customer_id\) → \(customer_email\).*'10' → 'ann@example\.com' \| 'ann@work\.example'; '12' → 'cy@example\.com' \| NULL/);
  }, 60_000);

  it.skipIf(skip)('an e-mail on an order without customer_id: refuses, it would be lost', async () => {
    const s = withRows(ordersScenario(), `INSERT INTO orders (id, customer_id, customer_email) VALUES (1, 10, 'ann@example.com'), (7, NULL, 'lost@example.com')`);
    await expectRefused(s, /have customer_email but no customer_id.*'7'/);
  }, 60_000);

  it.skipIf(skip)('arrays with repeated or NULL elements: refuses, naming the rows', async () => {
    const s = withRows(tagsScenario(), `INSERT INTO posts VALUES (1, 'a', '{1,2}'), (2, 'b', '{2,2}'), (3, 'c', '{3,NULL}')`);
    await expectRefused(s, /hold NULL or repeated elements.*'2': '\{2,2\}'; '3': '\{3,NULL\}'/);
  }, 60_000);

  it.skipIf(skip)('a copy that differs from its source: refuses before dropping it', async () => {
    const s = withRows(copiedEmailScenario(), `INSERT INTO customers VALUES (10, 'ann@example.com');
      INSERT INTO orders VALUES (1, 10, 'ann@example.com'), (2, 10, 'old@example.com')`);
    await expectRefused(s, /differ from email in public\.customers.*'10': 'old@example\.com' here, 'ann@example\.com' in public\.customers/);
  }, 60_000);

  it.skipIf(skip)('a value changed between the copy and the drop: the contract step refuses and keeps the column', async () => {
    const s = ordersScenario();
    await load(db, s);
    const { bundle } = await prepare(s);
    const migrations = bundle.manifest.migrations;
    const text = (name: string) => bundle.files.find((f) => f.path === `migrations/${name}`)!.contents;
    for (const m of migrations.slice(0, -1)) await applyFile(db, m.up, text(m.up));
    await db.exec(`UPDATE orders SET customer_email = 'changed@example.com' WHERE id = 1`);
    const contract = migrations.at(-1)!;
    expect(contract.stage).toBe('contract');
    await expect(applyFile(db, contract.up, text(contract.up))).rejects.toThrow(/changed in public\.orders after the copy.*'10': 'changed@example\.com' here, 'ann@example\.com' in public\.customers/);
    expect(await db.query(`SELECT customer_email FROM orders WHERE id = 1`)).toEqual([{ customer_email: 'changed@example.com' }]);
  }, 60_000);
});
