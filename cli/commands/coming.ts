/**
 * Commands that later versions add. Their names are a public contract (scripts
 * and docs refer to them), so they are listed in the help now and answer with a
 * clear "not available yet" instead of "unknown command".
 */
export interface ComingCommand {
  readonly name: string;
  readonly summary: string;
}

export const COMING_COMMANDS: readonly ComingCommand[] = [
  { name: 'import', summary: 'Read SQL DDL, DBML or a Prisma schema into a diagram' },
  { name: 'check', summary: 'Check a diagram for 3NF violations and design problems' },
  { name: 'apply', summary: 'Apply pending migrations to a database' },
  { name: 'rollback', summary: 'Roll back applied migrations' },
  { name: 'introspect', summary: 'Read a live database into a diagram' },
];
