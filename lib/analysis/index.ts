/**
 * The combined design check: the normalization engine and the design advisor
 * as one report (one finding shape, one sort order, one summary), the text
 * form `tablecraft check` prints, and the preview of a fix with its migration.
 * Pure: no I/O, runs in the browser, the server and the CLI.
 */
export * from './types';
export { AnalysisOptions, type AnalysisOptionsInput } from './options';
export { analyzeDiagram } from './analyze';
export { sortFindings, summarize, failsAt } from './summary';
export { formatTextReport } from './format-text';
export { AnalysisFixSchema, isNormalizationFixKind } from './fix-schema';
export { previewAnalysisFix, type FixPreview, type PreviewError } from './preview';
export { fromAdvisor, fromNormalization, nameIndex, type NameIndex } from './unify';
