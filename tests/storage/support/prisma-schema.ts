import { readFileSync } from 'node:fs';
import path from 'node:path';

/** What the storage tests need from schema.prisma, read with a deliberately small parser. */
export interface PrismaField {
  readonly name: string;
  readonly type: string;
  readonly optional: boolean;
  readonly column: string;
  /** `Uuid`, `JsonB`, `Timestamptz(3)`… or null when Prisma's default mapping applies. */
  readonly dbType: string | null;
  readonly hasDefault: boolean;
  /** For relation fields: the relation's arguments as written. */
  readonly relation: { fields: string[]; references: string[]; onDelete: string | null; onUpdate: string | null } | null;
}

export interface PrismaModel {
  readonly name: string;
  readonly table: string;
  readonly schema: string | null;
  readonly primaryKey: string[];
  readonly scalars: PrismaField[];
  readonly relations: PrismaField[];
}

const list = (text: string | undefined) => (text ?? '').split(',').map((s) => s.trim()).filter(Boolean);

export function readPrismaModels(file = path.join(process.cwd(), 'prisma', 'schema.prisma')): PrismaModel[] {
  const source = readFileSync(file, 'utf8');
  const blocks = [...source.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)];
  const modelNames = new Set(blocks.map((b) => b[1]));
  return blocks.map(([, name = '', body = '']) => {
    const lines = body.split('\n').map((l) => l.replace(/\/\/.*$/, '').trim()).filter(Boolean);
    const fields: PrismaField[] = [];
    let table = name;
    let schema: string | null = null;
    let primaryKey: string[] = [];
    for (const line of lines) {
      if (line.startsWith('@@')) {
        table = /^@@map\("([^"]+)"\)/.exec(line)?.[1] ?? table;
        schema = /^@@schema\("([^"]+)"\)/.exec(line)?.[1] ?? schema;
        const id = /^@@id\(\[([^\]]*)\]/.exec(line);
        if (id) primaryKey = list(id[1]);
        continue;
      }
      const match = /^(\w+)\s+(\w+)(\[\])?(\?)?\s*(.*)$/.exec(line);
      if (!match) continue;
      const [, fieldName = '', type = '', , optional, attrs = ''] = match;
      const relation = /@relation\(([^)]*)\)/.exec(attrs)?.[1];
      fields.push({
        name: fieldName,
        type,
        optional: optional === '?',
        column: /@map\("([^"]+)"\)/.exec(attrs)?.[1] ?? fieldName,
        dbType: /@db\.(\w+(?:\([^)]*\))?)/.exec(attrs)?.[1] ?? null,
        hasDefault: attrs.includes('@default('),
        relation: modelNames.has(type)
          ? {
              fields: list(/fields:\s*\[([^\]]*)\]/.exec(relation ?? '')?.[1]),
              references: list(/references:\s*\[([^\]]*)\]/.exec(relation ?? '')?.[1]),
              onDelete: /onDelete:\s*(\w+)/.exec(relation ?? '')?.[1] ?? null,
              onUpdate: /onUpdate:\s*(\w+)/.exec(relation ?? '')?.[1] ?? null,
            }
          : null,
      });
      if (/@id\b/.test(attrs)) primaryKey = [fieldName];
    }
    return {
      name,
      table,
      schema,
      primaryKey,
      scalars: fields.filter((f) => f.relation === null),
      relations: fields.filter((f) => f.relation !== null),
    };
  });
}

/** The PostgreSQL type (as information_schema spells it) a Prisma field maps to. */
export function expectedColumnType(field: PrismaField): { dataType: string; precision?: number } {
  const precision = field.dbType ? Number(/\((\d+)\)/.exec(field.dbType)?.[1] ?? NaN) : NaN;
  const db = field.dbType?.replace(/\(.*$/, '') ?? null;
  switch (field.type) {
    case 'String':
      return { dataType: db === 'Uuid' ? 'uuid' : db === 'VarChar' ? 'character varying' : 'text' };
    case 'Int':
      return { dataType: 'integer' };
    case 'BigInt':
      return { dataType: 'bigint' };
    case 'Boolean':
      return { dataType: 'boolean' };
    case 'Json':
      return { dataType: db === 'Json' ? 'json' : 'jsonb' };
    case 'DateTime':
      return {
        dataType: db === 'Timestamptz' ? 'timestamp with time zone' : 'timestamp without time zone',
        precision: Number.isNaN(precision) ? 3 : precision,
      };
    default:
      throw new Error(`expectedColumnType: add a mapping for Prisma type ${field.type}`);
  }
}

/**
 * `onDelete: Cascade` → `CASCADE`. When the schema names no action, Prisma assumes
 * its defaults for a required relation: RESTRICT on delete, CASCADE on update.
 */
export function referentialRule(action: string | null, when: 'delete' | 'update'): string {
  const rules: Record<string, string> = { Cascade: 'CASCADE', Restrict: 'RESTRICT', NoAction: 'NO ACTION', SetNull: 'SET NULL', SetDefault: 'SET DEFAULT' };
  if (action === null) return when === 'delete' ? 'RESTRICT' : 'CASCADE';
  return rules[action] ?? `unknown action ${action}`;
}
