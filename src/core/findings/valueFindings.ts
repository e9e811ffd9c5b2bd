import type { MessageCode, MessageParams } from '../messages';
import { findCell } from '../template/keys';
import type { TemplateDef } from '../template/types';
import type { CellValue } from '../values';
import { fingerprint } from './fingerprint';
import type { Finding } from './types';

/**
 * Findings about single cells: text where a number belongs, a negative count, a fractional count,
 * and one `info` per table listing its blanks (the form asks for 0).
 */
export function valueFindings(template: TemplateDef, parsed: ReadonlyMap<string, CellValue>): Finding[] {
  const out: Finding[] = [];
  const blanksByTable = new Map<string, string[]>();
  for (const [key, value] of parsed) {
    const found = findCell(template, key);
    if (!found) continue;
    const { table, cell } = found;
    const label = { cell: key };
    const add = (rule: string, code: MessageCode, params: MessageParams) =>
      out.push({
        rule,
        fingerprint: fingerprint(template.id, rule, [key]),
        severity: 'error',
        status: 'fail',
        code,
        params,
        cells: [key],
        suspects: [{ cell: key, suggested: null, code: reasonCode(rule), params: {} }],
        table: table.id,
      });
    if (value.kind === 'text') {
      add('value.not-number', 'value.not-number', { cell: label, text: value.text });
      continue;
    }
    if (value.kind === 'blank') {
      const list = blanksByTable.get(table.id) ?? [];
      list.push(key);
      blanksByTable.set(table.id, list);
      continue;
    }
    if (value.value < 0 && cell.kind !== 'signed') {
      add('value.negative', 'value.negative', { cell: label, value: value.value });
    } else if (!Number.isInteger(value.value) && cell.kind !== 'amount') {
      add('value.not-integer', 'value.not-integer', { cell: label, value: value.value });
    }
  }
  for (const table of template.tables) {
    const keys = blanksByTable.get(table.id);
    if (!keys) continue;
    out.push({
      rule: 'value.blank',
      fingerprint: fingerprint(template.id, 'value.blank', keys),
      severity: 'info',
      status: 'fail',
      code: 'value.blank',
      params: { table: { table: table.id }, count: keys.length, cells: { cells: keys, max: 8 } },
      cells: keys,
      suspects: [],
      table: table.id,
    });
  }
  return out;
}

function reasonCode(rule: string): MessageCode {
  return rule === 'value.not-number' ? 'suspect.not-number' : rule === 'value.negative' ? 'suspect.negative' : 'suspect.not-integer';
}
