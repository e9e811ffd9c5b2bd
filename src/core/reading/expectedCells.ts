import { expectedCount } from '../recognise';
import type { TemplateDef } from '../template/types';

/**
 * How many cells a report of this format has as the input prints it: every cell of the format, or,
 * where the format allows a row to be printed in a shorter form (a 2021 report printing 三（六） as
 * one row), the cells of the form the input used.
 */
export function expectedCells(template: TemplateDef, present: readonly string[] | { has(key: string): boolean }): number {
  return expectedCount(template, Array.isArray(present) ? new Set(present) : (present as { has(key: string): boolean }));
}
