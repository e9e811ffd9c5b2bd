import type { Values } from '../evaluate';

const ORGS = ['commercial', 'research', 'nonprofit', 'legal', 'other_org'];
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/**
 * The table cells a stated fact is compared with (their sum), for the keys the report has: a 2021
 * report printing 三（六） as one row uses `t3.other.total`, a 2019 report has no 规章 columns of 2021.
 */
export function cellsOfFact(fact: string, values: Values): string[] | undefined {
  const t3 = (rows: string[], col = 'total') => rows.map((r) => `t3.${r}.${col}`);
  const [head, part] = fact.split('.');
  let keys: string[] | undefined;
  switch (head) {
    case 'received':
      keys = part === 'natural' ? ['t3.new.natural'] : part === 'orgs' ? ORGS.map((c) => `t3.new.${c}`) : ['t3.new.total'];
      break;
    case 'carried':
    case 'forward':
    case 'granted':
    case 'partial':
      keys = t3([head]);
      break;
    case 'concluded':
      keys = ['t3.total.total'];
      break;
    case 'granted_and_partial':
      keys = t3(['granted', 'partial']);
      break;
    case 'denied':
      keys = t3(range(8).map((i) => `denied.${i}`));
      break;
    case 'unable':
      keys = t3(range(3).map((i) => `unable.${i}`));
      break;
    case 'ignored':
      keys = t3(range(5).map((i) => `ignored.${i}`));
      break;
    case 'other_handling':
      keys = values.has('t3.other.1.total') ? t3(range(3).map((i) => `other.${i}`)) : t3(['other']);
      break;
    case 'review':
      keys = [`t4.review.${part ?? 'total'}`];
      break;
    case 'suit':
      keys = [`t4.suit_direct.${part ?? 'total'}`, `t4.suit_after.${part ?? 'total'}`];
      break;
    case 'rules':
    case 'normative':
      keys = [`t2.${head}.${part}`];
      break;
  }
  // Compared only when every cell was read as a number (a blank or a missing cell says nothing).
  return keys && keys.every((k) => typeof values.get(k) === 'number') ? keys : undefined;
}

/** The same fact counting the requests carried over from last year too (`受理…件` often means both). */
export function withCarried(fact: string, values: Values): string[] | undefined {
  const own = cellsOfFact(fact, values);
  if (!own || !fact.startsWith('received')) return undefined;
  const carried = own.map((k) => k.replace('t3.new.', 't3.carried.'));
  return carried.every((k) => typeof values.get(k) === 'number') ? [...own, ...carried] : undefined;
}

export const sumOf = (keys: readonly string[], values: Values): number => keys.reduce((s, k) => s + (values.get(k) ?? 0), 0);
