import type { Candidate } from './suspects';

/** Beyond these the search is not worth it: a draft this broken is sent back whole. */
const MAX_BROKEN = 14;
const MAX_CELLS = 6;
const MAX_COVERS = 64;
/** Sets looked at before giving up (then nothing is certain from here, as with no explanation). */
const MAX_STEPS = 20_000;

/**
 * Several wrong cells at once: the smallest sets of candidates in which every broken relationship
 * is repaired by exactly one cell. A cell in every such set is certain, and it is the suspect of
 * each relationship it repairs — also of one where, looked at alone, it ties with another cell
 * (two wrong cells in table 3: the cells across their rows and columns repair the same sums, but
 * one of them cannot be part of a whole explanation). Returns rule id → that cell; empty when no
 * set explains everything (two wrong cells in one sum, a blank that is the error) or none is
 * certain.
 */
export function certainByCover(broken: readonly string[], candidates: readonly Candidate[]): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  if (!broken.length || broken.length > MAX_BROKEN) return out;
  const brokenSet = new Set(broken);
  const usable = candidates.filter((c) => c.repairs.every((r) => brokenSet.has(r)));
  const byRule = new Map<string, Candidate[]>(broken.map((r) => [r, []]));
  for (const c of usable) for (const r of new Set(c.repairs)) byRule.get(r)!.push(c);
  if ([...byRule.values()].some((list) => !list.length)) return out;

  let best = Infinity;
  let covers: Candidate[][] = [];
  const covered = new Set<string>();
  const chosen: Candidate[] = [];
  let steps = 0;
  const search = (): void => {
    if (++steps > MAX_STEPS) return;
    if (chosen.length > best || chosen.length > MAX_CELLS || covers.length > MAX_COVERS) return;
    // the uncovered rule with the fewest ways to repair it
    let next: string | undefined;
    let ways: Candidate[] = [];
    for (const r of broken) {
      if (covered.has(r)) continue;
      const list = byRule.get(r)!.filter((c) => c.repairs.every((x) => !covered.has(x)));
      if (!list.length) return;
      if (next === undefined || list.length < ways.length) [next, ways] = [r, list];
    }
    if (next === undefined) {
      if (chosen.length < best) [best, covers] = [chosen.length, []];
      covers.push([...chosen]);
      return;
    }
    for (const c of ways) {
      chosen.push(c);
      for (const r of c.repairs) covered.add(r);
      search();
      for (const r of c.repairs) covered.delete(r);
      chosen.pop();
    }
  };
  search();
  if (!covers.length || covers.length > MAX_COVERS || steps > MAX_STEPS) return out;
  for (const c of covers[0]) {
    if (covers.every((cover) => cover.includes(c))) for (const r of c.repairs) out.set(r, c);
  }
  return out;
}
