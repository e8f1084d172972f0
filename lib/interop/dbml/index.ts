export { exportDbml } from './export';
export { importDbml, type DbmlImport } from './import';
