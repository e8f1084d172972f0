import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrateAppSchema } from '../../lib/server/db/app-migrations';
import { createPrismaClient, type Database } from '../../lib/server/db/prisma';
import { describeEachBackend } from './support/backends';
import { expectedColumnType, readPrismaModels, referentialRule } from './support/prisma-schema';

const MIGRATIONS = path.join(process.cwd(), 'prisma', 'migrations');
const models = readPrismaModels();

interface ColumnRow {
  table_name: string;
  column_name: string;
  data_type: string;
  is_nullable: 'YES' | 'NO';
  column_default: string | null;
  datetime_precision: number | null;
}

describeEachBackend('prisma/schema.prisma matches the SQL migrations', (database) => {
  let pool: pg.Pool;
  let db: Database;

  beforeAll(async () => {
    await migrateAppSchema(database().connectionString, MIGRATIONS, 'the test database');
    pool = new pg.Pool({ connectionString: database().connectionString, max: 2 });
    db = createPrismaClient(pool);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await pool?.end();
  });

  it('declares every table of the tablecraft schema, and nothing else', async () => {
    const tables = await pool.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'tablecraft' ORDER BY 1",
    );
    expect(models.map((m) => m.table).sort()).toEqual(tables.rows.map((r) => r.table_name));
    expect(models.every((m) => m.schema === 'tablecraft')).toBe(true);
  });

  it('has the same columns with the same types, nullability and defaults', async () => {
    const { rows } = await pool.query<ColumnRow>(
      "SELECT table_name, column_name, data_type, is_nullable, column_default, datetime_precision FROM information_schema.columns WHERE table_schema = 'tablecraft'",
    );
    for (const model of models) {
      const columns = rows.filter((r) => r.table_name === model.table);
      expect(model.scalars.map((f) => f.column).sort(), `columns of ${model.table}`).toEqual(columns.map((c) => c.column_name).sort());
      for (const field of model.scalars) {
        const column = columns.find((c) => c.column_name === field.column);
        const expected = expectedColumnType(field);
        const where = `${model.table}.${field.column} (${model.name}.${field.name})`;
        expect(column?.data_type, where).toBe(expected.dataType);
        if (expected.precision !== undefined) expect(column?.datetime_precision, where).toBe(expected.precision);
        expect(column?.is_nullable === 'YES', `${where} nullable`).toBe(field.optional);
        expect(column?.column_default !== null, `${where} has a default`).toBe(field.hasDefault);
      }
    }
  });

  it('has the same primary keys and foreign keys, with the same actions', async () => {
    const keys = await pool.query<{ table_name: string; constraint_type: string; columns: string[]; delete_rule: string | null; update_rule: string | null }>(`
      SELECT tc.table_name, tc.constraint_type,
             array_agg(kcu.column_name::text ORDER BY kcu.ordinal_position) AS columns,
             min(rc.delete_rule) AS delete_rule, min(rc.update_rule) AS update_rule
        FROM information_schema.table_constraints tc
        JOIN information_schema.key_column_usage kcu USING (constraint_schema, constraint_name)
        LEFT JOIN information_schema.referential_constraints rc USING (constraint_schema, constraint_name)
       WHERE tc.table_schema = 'tablecraft' AND tc.constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')
       GROUP BY tc.table_name, tc.constraint_type, tc.constraint_name`);
    const columnOf = (modelName: string, field: string) =>
      models.find((m) => m.name === modelName)?.scalars.find((f) => f.name === field)?.column ?? `?${field}`;
    for (const model of models) {
      const pk = keys.rows.find((k) => k.table_name === model.table && k.constraint_type === 'PRIMARY KEY');
      expect(pk?.columns, `primary key of ${model.table}`).toEqual(model.primaryKey.map((f) => columnOf(model.name, f)));
      const declared = model.relations.filter((r) => r.relation && r.relation.fields.length > 0);
      const fks = keys.rows.filter((k) => k.table_name === model.table && k.constraint_type === 'FOREIGN KEY');
      expect(fks.length, `foreign keys of ${model.table}`).toBe(declared.length);
      for (const field of declared) {
        const relation = field.relation;
        if (!relation) continue;
        const fk = fks.find((k) => k.columns.join() === relation.fields.map((f) => columnOf(model.name, f)).join());
        expect(fk, `foreign key ${model.name}.${field.name}`).toBeDefined();
        expect(fk?.delete_rule).toBe(referentialRule(relation.onDelete, 'delete'));
        expect(fk?.update_rule).toBe(referentialRule(relation.onUpdate, 'update'));
      }
    }
  });

  it('round-trips every model through Prisma with every field set', async () => {
    const createdAt = new Date('2024-02-29T12:34:56.789Z');
    const document = { format: 'tablecraft.diagram', nested: { list: [1, 'two', null, true] }, unicode: 'ünï 🐘' };
    const diagram = await db.diagram.create({
      data: { name: 'Round trip', revision: 3, document, tableCount: 7, createdAt, updatedAt: createdAt },
    });
    expect(diagram.id).toMatch(/^[0-9a-f-]{36}$/);
    const version = await db.diagramVersion.create({
      data: { diagramId: diagram.id, version: 1, label: 'First', revision: 3, document, tableCount: 7, createdAt },
    });

    const read = await db.diagram.findUniqueOrThrow({ where: { id: diagram.id }, include: { versions: true } });
    expect(read).toEqual({ ...diagram, versions: [version] });
    expect(read).toMatchObject({ name: 'Round trip', revision: 3, document, tableCount: 7, createdAt, updatedAt: createdAt });
    expect(read.versions[0]).toMatchObject({ diagramId: diagram.id, version: 1, label: 'First', revision: 3, document, tableCount: 7, createdAt });

    // Database defaults fill what Prisma leaves out.
    const defaults = await db.diagram.create({ data: { name: 'Defaults', revision: 1, document: {} } });
    expect(defaults).toMatchObject({ tableCount: 0 });
    expect(Math.abs(defaults.createdAt.getTime() - Date.now())).toBeLessThan(60_000);

    await db.diagram.delete({ where: { id: diagram.id } });
    expect(await db.diagramVersion.count({ where: { diagramId: diagram.id } })).toBe(0);
  });
});
