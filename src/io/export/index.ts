/**
 * Exports of an audit, as pure functions of the result and an ExportContext: the CLI's JSON
 * (keys.md), CSV, the annotated workbook, the printable 审核意见书, the batch summary, file names.
 * The page imports the modules it needs one by one, never this index: the workbooks load exceljs,
 * which only the worker (and the CLI) may carry.
 */
export { fileReport, exitStatus, type FileReport } from './auditJson';
export { type ExportContext, type Decision, editedCells, fixedFindings, dateText } from './exportContext';
export { reviewedVerdict } from './reviewedVerdict';
export { verdictZh, formatZh } from './reportFacts';
export { findingsCsv } from './findingsCsv';
export { reviewRows, REVIEW_HEADER, type ReviewRow } from './reviewRows';
export { annotatedXlsx } from './annotatedXlsx';
export { reviewHtml, batchReviewHtml, type ReviewItem } from './reviewHtml';
export { batchSummaryRows, batchSummaryCsv, BATCH_HEADER, type BatchItem, type BatchSummaryRow } from './batchSummary';
export { batchSummaryXlsx } from './batchSummaryXlsx';
export { exportFileName, claimFileName, uniqueFileNames, safeFileName, fileStem } from './fileNames';
export { neutraliseText, isPlainNumber, sheetValue } from './neutralise';
export { csvDocument, csvField } from './csv';
export { esc } from './htmlEscape';
