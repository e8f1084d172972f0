import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnalysisFinding, AnalysisSummary } from '../../lib/analysis';
import { ecommerceTemplate } from '../../lib/templates/ecommerce';
import { JUSTIFICATION, shopDiagram } from './fixtures';

/** These run the real `bin/tablecraft.mjs` in a child process, as a CI job would. */
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/tablecraft.mjs');
const work = mkdtempSync(join(tmpdir(), 'tablecraft-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function tablecraft(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, 'check', ...args], { cwd: work, encoding: 'utf8', timeout: 30_000 });
  if (run.error) throw run.error;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const write = (name: string, text: string) => {
  writeFileSync(join(work, name), text);
  return name;
};
const writeJson = (name: string, value: unknown) => write(name, JSON.stringify(value, null, 2));

interface CheckJson { file: string; findings: AnalysisFinding[]; summary: AnalysisSummary }

describe('tablecraft check', () => {
  it('passes the e-commerce template: exit 0, no problems', () => {
    const { code, stdout, stderr } = tablecraft(writeJson('ecommerce.json', ecommerceTemplate()));
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '5 tables checked: no problems found.\n', stderr: '' });
  });

  it('reports a copied column as a suggestion that passes by default and fails with --fail-on warning', () => {
    const file = writeJson('suggested.json', shopDiagram());
    const passing = tablecraft(file);
    expect(passing.code).toBe(0);
    expect(passing.stdout).toMatch(/^orders\n {2}orders\.customer_email {2}warning {2}SUGGESTED_COPIED_ATTRIBUTE {2}/);
    expect(passing.stdout).toContain('      customer_id → customer_email  (breaks 3NF)\n');
    expect(tablecraft(file, '--fail-on', 'warning').code).toBe(1);
  });

  it('fails on a violation of a declared dependency, with stable JSON for scripts', () => {
    const { code, stdout, stderr } = tablecraft(writeJson('declared.json', shopDiagram({ declared: true })), '--format', 'json');
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    const report = JSON.parse(stdout) as CheckJson;
    expect(report.file).toBe('declared.json');
    expect(report.summary).toMatchObject({ errors: 1, warnings: 0, accepted: 0, hasErrors: true, byCategory: { normalization: 1 } });
    expect(report.findings).toEqual([expect.objectContaining({
      code: 'NF3_TRANSITIVE_DEPENDENCY', category: 'normalization', severity: 'error',
      tableId: 'tbl_orders', tableName: 'orders',
      columnIds: ['col_orders_customer_id', 'col_orders_customer_email'], columnNames: ['customer_id', 'customer_email'],
      dependency: {
        determinant: { columnIds: ['col_orders_customer_id'], columnNames: ['customer_id'] },
        dependent: { columnIds: ['col_orders_customer_email'], columnNames: ['customer_email'] },
      },
      normalForm: '3NF', message: expect.stringContaining('customer_email depends on customer_id'),
      fix: expect.objectContaining({ kind: 'decompose', tableId: 'tbl_orders' }),
      accepted: false, justification: null, seeAlso: null,
    })]);
  });

  it('shows an accepted violation as justified and does not count it', () => {
    const { code, stdout } = tablecraft(writeJson('accepted.json', shopDiagram({ declared: true, accepted: true })));
    expect(code).toBe(0);
    expect(stdout).toContain('  orders.customer_email  accepted  NF3_TRANSITIVE_DEPENDENCY  ');
    expect(stdout).toContain(`      justified: ${JUSTIFICATION}\n`);
    expect(stdout.endsWith('2 tables checked: no problems found; 1 accepted (not counted).\n')).toBe(true);
  });

  it('imports SQL first: a transitive case with no declared dependency gives suggestions only (exit 0) and import warnings on stderr', () => {
    const sql = write('schema.sql', [
      'CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE);',
      'CREATE TABLE orders (',
      '  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,',
      '  customer_id bigint NOT NULL REFERENCES customers (id),',
      '  customer_email text NOT NULL,',
      '  ship_zip text, ship_city text',
      ');',
      'CREATE INDEX orders_customer_id_idx ON orders (customer_id);',
      'CREATE TABLE sales.targets (id bigint PRIMARY KEY, amount numeric NOT NULL);',
      '',
    ].join('\n'));
    const { code, stdout, stderr } = tablecraft(sql, '--format', 'json', '--only', 'normalization');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as CheckJson;
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.inferred && f.severity !== 'error')).toBe(true);
    expect(report.findings.map((f) => f.code)).toContain('SUGGESTED_COPIED_ATTRIBUTE');
    expect(report.summary.errors).toBe(0);
    expect(stderr).toMatch(/^schema\.sql:9: warning: schema "sales" is used but not created in the file/);
  });

  it('answers usage errors with exit 2', () => {
    const file = writeJson('usage.json', ecommerceTemplate());
    const badOnly = tablecraft(file, '--only', 'normalization,speed');
    expect({ code: badOnly.code, stdout: badOnly.stdout }).toEqual({ code: 2, stdout: '' });
    expect(badOnly.stderr).toBe('tablecraft check: --only: unknown category "speed" (choose from normalization, index, partitioning, types, roles)\n');
    expect(tablecraft(file, '--fail-on', 'info').code).toBe(2);
    expect(tablecraft('schema.yaml').stderr).toContain('cannot tell the format of "schema.yaml"');
  });
});
