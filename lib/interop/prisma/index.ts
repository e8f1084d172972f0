export { exportPrisma } from './export';
export { importPrisma, type PrismaImport } from './import';
export { parsePrismaSchema } from './parse';
