export { rehearse, type RehearsalError, type RehearsalOptions } from './rehearse';
export { openTarget, type RehearsalTarget } from './target';
export type { MigrationStepReport, PatternReport, RehearsalEvent, RehearsalReport, TableLoadReport } from './types';
