/** The audit engine: pure TypeScript, no DOM; runs in Node, on the page and in a worker. */
export { auditTables, auditCells, type AuditResult, type AuditOptions } from './audit';
export type { RawTable, Merge, CellLocation, Geometry } from './table';
export { expandGrid, columnLetters } from './table';
export { parseCellValue, type CellValue } from './values';
export type { Finding, Suspect } from './findings';
export { findingToJson } from './findings';
export { formatMessage, formatNumber, type Lang, type MessageCode } from './messages';
export { cellLabel, templateKeys, keyToSymbol } from './template';
export type * from './template/types';
export { compileRuleSet, type CompiledRule, type RuleLoadError } from './rules';
export type { RuleOutcome } from './evaluate';
export type { StructureNote, Unplaced } from './recognise';
export { cellMarks, explainCell, type CellMark, type CellRole, type Relation } from './views';
export { officialLayout, type TableLayout, type LayoutCell } from './layout';
