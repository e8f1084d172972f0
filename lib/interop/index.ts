export * from './sql-import';
