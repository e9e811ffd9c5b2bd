import type { RuleOutcome, Values } from '../evaluate';
import { possibleSlip, typoKind } from '../locate';
import type { Suspect } from './types';

/**
 * A cell the data singles out, with the slip named when its written value is one slip away from
 * what it should be (`疑似数位颠倒：填写 1245，应为 1254`).
 */
export function certainSuspect(cell: string, suggested: number, written: number | null | undefined, count: number): Suspect {
  const typo = written === null || written === undefined ? undefined : typoKind(written, suggested);
  // count 1: the only cell of its relationship that changes nothing else (certainByCover, in locateSuspects)
  if (!typo) return { cell, suggested, code: count === 1 ? 'suspect.only-cell' : 'suspect.single-cell', params: { suggested, count } };
  return {
    cell,
    suggested,
    typo,
    code: count === 1 ? 'suspect.only-cell-slip' : 'suspect.slip',
    params: { slip: { msg: `typo.${typo}`, params: { written: written!, suggested } }, suggested, count },
  };
}

/** Where the data cannot single a cell out: the one cell whose digits suggest a slip, offered as possible. */
export function possibleSuspect(outcome: RuleOutcome, outcomes: readonly RuleOutcome[], values: Values): Suspect | undefined {
  const p = possibleSlip(outcome, outcomes, values);
  if (!p) return undefined;
  const written = values.get(p.cell)!;
  return {
    cell: p.cell,
    suggested: p.suggested,
    typo: p.typo,
    possible: true,
    code: 'suspect.possible-slip',
    params: { slip: { msg: `typo.${p.typo}`, params: { written, suggested: p.suggested } } },
  };
}
