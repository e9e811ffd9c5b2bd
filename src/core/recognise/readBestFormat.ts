import type { RawTable } from '../table/types';
import type { TemplateDef } from '../template/types';
import { expectedCount } from './expectedKeys';
import { inputRows } from './inputRows';
import type { StructureNote } from './notes';
import { recogniseTemplate, type TemplateReading } from './recogniseTemplate';

function isComplete(r: TemplateReading): boolean {
  const all = expectedCount(r.template, r.cells);
  return r.labelled === all && !r.notes.some((n) => n.severity === 'warning');
}

/** What the caller knows besides the tables. */
export interface FormatHints {
  /** the report's year (from its title or text): breaks a tie between formats, never more */
  year?: number | null;
}


export interface Recognition {
  /** the format recognised, or null: a table that is no report (template id `generic`) */
  reading: TemplateReading | null;
  /** notes about the choice of format itself */
  notes: StructureNote[];
}

const MAX_REPORT_ROWS = 1000;

/** A report needs at least this much label evidence: cells placed by header labels plus rows named by their labels. */
const MIN_EVIDENCE = 5;

/**
 * Reads the input against every report format and keeps the best fit. Where two formats fit
 * equally (only table 4, say), the first (newest) wins and an `info` note says so.
 */
export function readBestFormat(tables: readonly RawTable[], templates: readonly TemplateDef[], hints: FormatHints = {}): Recognition {
  // A report table has a few dozen rows; an input table of thousands is a list, not one of them,
  // and reading it row by row against every label would only cost time.
  const rows = inputRows(tables.map((t) => (t.rows.length > MAX_REPORT_ROWS ? { ...t, rows: [], merges: [] } : t)));
  const readings: TemplateReading[] = [];
  for (const t of templates) {
    const reading = recogniseTemplate(t, rows);
    readings.push(reading);
    // A reading that placed every cell of the format by its labels, with nothing odd, cannot be
    // beaten by another format (they differ in table 2 and 三（六）): no need to try the others.
    if (isComplete(reading)) break;
  }
  const ranked = [...readings].sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best || best.labelled + best.rowsMatched < MIN_EVIDENCE) return { reading: null, notes: [] };
  const notes: StructureNote[] = [];
  const tied = readings.filter((r) => r.score === best.score);
  const byYear = hints.year ? inForce(tied, hints.year) : undefined;
  if (byYear) return { reading: byYear, notes };
  if (tied.length > 1) {
    notes.push({ code: 'format.assumed', severity: 'info', params: {}, subject: 'format' });
  }
  return { reading: tied[0], notes };
}

/** Of readings that fit equally, the one whose format was in force in the report's year. */
function inForce(tied: TemplateReading[], year: number): TemplateReading | undefined {
  if (tied.length < 2) return undefined;
  let best: TemplateReading | undefined;
  for (const r of tied) {
    const since = r.template.since;
    if (since === undefined || since > year) continue;
    if (!best || since > best.template.since!) best = r;
  }
  return best;
}
