/**
 * The audit engine: pure TypeScript, no DOM; runs in Node, on the page and in a worker.
 * One way in: `recognise(tables, templates) → Reading`, then `audit(reading, { templates })`.
 */
export { recognise, expectedCells, type Reading, type ReadingHints } from './reading';
export { locationOfKey, plainValuesOf, type PlainCells } from './generic';
export { audit, reauditPlain, AuditUsageError, type AuditResult, type AuditOptions } from './audit';
export type { Rulemakers } from './form';
export { pairYears, unitKey } from './previous';
export { summarise, problemsOf, exitStatusOf, isFailing, type Summary, type Problem, type Verdict } from './summary';
export type { RawTable, Merge, CellLocation, Geometry } from './table';
export { expandGrid, columnLetters } from './table';
export { parseCellValue, type CellValue } from './values';
export type { Finding, Suspect, TypoKind } from './findings';
export { findingToJson, formatFinding, formatSuspect, findingTitle, templateLabels } from './findings';
export {
  CATALOGUE,
  formatMessage,
  fillTemplate,
  renderTerms,
  formatNumber,
  formatDiff,
  type Lang,
  type MessageCode,
  type MessageParams,
  type Labels,
} from './messages';
export { cellLabel, templateKeys, keyToSymbol } from './template';
export type * from './template/types';
export { compileRuleSet, compiledRules, formatRuleLoadError, ruleTrees, knowRuleTrees, type CompiledRule, type MakeMath, type RuleLoadError } from './rules';
export type { RuleOutcome } from './evaluate';
export type { StructureNote, Unplaced } from './recognise';
export { cellMarks, explainCell, type CellMark, type CellRole, type Relation } from './views';
export { officialLayout, type TableLayout, type LayoutCell } from './layout';
