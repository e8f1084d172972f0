/**
 * The parts of @dbml/core's parsed model that the importer reads. The package
 * ships its own types, but they describe the model loosely; these say exactly
 * what is used, so a change in the package shows up here.
 */
export interface DbmlToken { start: { line: number; column: number } }
export interface DbmlField {
  name: string;
  type: { schemaName: string | null; type_name: string };
  pk?: boolean; unique?: boolean; not_null?: boolean; increment?: boolean;
  dbdefault?: { type: 'number' | 'string' | 'boolean' | 'expression'; value: string | number | boolean };
  note?: string | null;
  token: DbmlToken;
}
export interface DbmlIndex {
  columns: { type: 'column' | 'expression' | 'string'; value: string }[];
  unique?: boolean; pk?: boolean; name?: string | null; type?: string | null; note?: string | null;
  token: DbmlToken;
}
export interface DbmlTable {
  name: string; note?: string | null; fields: DbmlField[]; indexes: DbmlIndex[];
  checks?: { name?: string | null; expression: string }[];
  token: DbmlToken;
}
export interface DbmlEndpoint { schemaName: string | null; tableName: string; fieldNames: string[]; relation: '1' | '*' }
export interface DbmlRef { name?: string | null; onDelete?: string | null; onUpdate?: string | null; endpoints: [DbmlEndpoint, DbmlEndpoint]; token: DbmlToken }
export interface DbmlEnum { name: string; values: { name: string }[]; token: DbmlToken }
export interface DbmlTableGroup { name: string; color?: string | null; tables: { name: string; schema: { name: string } }[]; token: DbmlToken }
export interface DbmlSchema { name: string; tables: DbmlTable[]; enums: DbmlEnum[]; refs: DbmlRef[]; tableGroups: DbmlTableGroup[] }
export interface DbmlDatabase { name?: string; note?: string | null; schemas: DbmlSchema[] }
