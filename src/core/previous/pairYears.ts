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
  return pairIdentities(readings.map((r) => r?.report ?? null)).map((i) => (i === null ? null : readings[i]));
}

/**
 * pairYears on the reports' identities alone (the CLI's workers send back only these): for each,
 * the index of its previous year's report, or null. Each unit's name is keyed once and the reports
 * are found by unit and year in a map, so a folder of thousands pairs in linear time.
 */
export function pairIdentities(reports: ReadonlyArray<{ unit: string | null; year: number | null } | null>): Array<number | null> {
  const byUnitYear = new Map<string, number[]>();
  const keys = reports.map((r, i) => {
    if (!r?.unit) return null;
    const key = unitKey(r.unit);
    if (r.year !== null) {
      const slot = `${r.year}\u0000${key}`;
      const list = byUnitYear.get(slot);
      if (list) list.push(i);
      else byUnitYear.set(slot, [i]);
    }
    return key;
  });
  return reports.map((r, i) => {
    const key = keys[i];
    if (key === null || r!.year === null) return null;
    const year = r!.year;
    // a year that is no whole number (never read from a title) is compared one by one, as before
    const found = Number.isSafeInteger(year)
      ? byUnitYear.get(`${year - 1}\u0000${key}`)
      : reports.flatMap((p, j) => (p !== r && keys[j] === key && p!.year === year - 1 ? [j] : []));
    return found?.length === 1 ? found[0] : null;
  });
}
