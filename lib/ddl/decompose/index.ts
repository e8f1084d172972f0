export { decompositionMigration, upStatements } from './migration';
export type { DecompositionMigration, DecompositionStage, DecompositionStep } from './types';
