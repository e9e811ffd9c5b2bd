import type { Reading } from '../reading';

/** A unit's name as the pairing compares it: no spaces, and 人民政府/政府 at its end not counted. */
export function unitKey(unit: string): string {
  return unit.replace(/\s+/g, '').replace(/(人民政府|政府)$/, '');
}

/**
 * In one audit of several reports, each report's previous year is the report of the same unit for
 * the year before, when there is exactly one (keys.md, last year: folder audits pair themselves).
 * The CLI pairs the files of a folder; the page pairs the reports of a batch.
 */
export function pairYears(readings: ReadonlyArray<Reading | null>): Array<Reading | null> {
  return readings.map((r) => {
    if (!r?.report.unit || r.report.year === null) return null;
    const key = unitKey(r.report.unit);
    const found = readings.filter((p) => p && p !== r && p.report.unit && unitKey(p.report.unit) === key && p.report.year === r.report.year! - 1);
    return found.length === 1 ? found[0] : null;
  });
}
