export * from './sql-import';
export * from './formats';
export { exportDbml, importDbml } from './dbml';
export { exportPrisma, importPrisma } from './prisma';
export { dataDictionaryHtml, dataDictionaryMarkdown } from './dictionary';
export type { ExportResult, InteropWarning, Loss, LossAspect, TextImportReport } from './shared/report';
export { chooseTargetVersion, type TargetChoice } from './target-version';
