import type { StructureNote, Unplaced } from '../recognise';
import type { SumRule } from '../generic/findSums';
import type { CellLocation } from '../table/types';

/**
 * What was read from one input, as a plain value (JSON-serialisable: the page saves it, the worker
 * posts it, the CLI prints from it). `audit` confronts it with its format's rules.
 */
export interface Reading {
  version: 1;
  /** a report format's id, `generic` for a table that is no report, or null when no table was found */
  templateId: string | null;
  /** every recognised cell's text as read, by key, in template order (generic: `T1!C4`, input order) */
  raw: Record<string, string>;
  /** where each cell sat in the input (1-based) */
  locations: Record<string, CellLocation>;
  /** what recognition observed: extra or missing rows, columns placed by position, tables missing, … */
  notes: StructureNote[];
  /** input text that could not be placed on any key */
  unplaced: Unplaced[];
  /** the format's tables found in the input, and those the format has */
  tables: { found: string[]; expected: string[] };
  /** how many cells the format has as this input prints it (keys.md, verdict) */
  expectedCells: number;
  /** the report's own text around its tables, one paragraph or line an entry (narrative checks) */
  text: string[];
  /** a table that is no report: the sums its 合计/总计/小计 rows and columns state (found by their labels) */
  sums?: SumRule[];
  /** the reporting unit and year, where the title or text says them */
  report: { unit: string | null; year: number | null };
}

/** What a caller may know besides the tables: the text around them, and what it says of unit and year. */
export interface ReadingHints {
  text?: readonly string[];
  unit?: string | null;
  year?: number | null;
}
