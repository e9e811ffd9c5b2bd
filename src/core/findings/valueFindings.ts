import { formatMessage, formatNumber, type Lang, type MessageCode, type MessageParams } from '../messages';
import { cellLabel, findCell } from '../template/keys';
import type { TemplateDef } from '../template/types';
import type { CellValue } from '../values';
import { fingerprint } from './fingerprint';
import { render } from './render';
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
    const label = (l: Lang) => cellLabel(template, key, l);
    const add = (rule: string, code: MessageCode, params: (l: Lang) => MessageParams) =>
      out.push({
        rule,
        fingerprint: fingerprint(template.id, rule, [key]),
        severity: 'error',
        status: 'fail',
        ...render(code, params),
        cells: [key],
        suspects: [
          {
            cell: key,
            suggested: null,
            reason: formatMessage(reasonCode(rule), {}, 'zh'),
            reasonEn: formatMessage(reasonCode(rule), {}, 'en'),
            reasonCode: reasonCode(rule),
            reasonParams: {},
          },
        ],
        table: table.id,
      });
    if (value.kind === 'text') {
      add('value.not-number', 'value.not-number', (l) => ({ cell: label(l), text: value.text }));
      continue;
    }
    if (value.kind === 'blank') {
      const list = blanksByTable.get(table.id) ?? [];
      list.push(key);
      blanksByTable.set(table.id, list);
      continue;
    }
    if (value.value < 0 && cell.kind !== 'signed') {
      add('value.negative', 'value.negative', (l) => ({ cell: label(l), value: formatNumber(value.value) }));
    } else if (!Number.isInteger(value.value) && cell.kind !== 'amount') {
      add('value.not-integer', 'value.not-integer', (l) => ({ cell: label(l), value: formatNumber(value.value) }));
    }
  }
  for (const table of template.tables) {
    const keys = blanksByTable.get(table.id);
    if (!keys) continue;
    const params = (l: Lang) => ({
      table: l === 'en' ? table.shortEn : table.short,
      count: keys.length,
      cells:
        keys
          .slice(0, 8)
          .map((k) => cellLabel(template, k, l))
          .join(l === 'en' ? ', ' : '、') + (keys.length > 8 ? (l === 'en' ? ' …' : ' 等') : ''),
    });
    out.push({
      rule: 'value.blank',
      fingerprint: fingerprint(template.id, 'value.blank', keys),
      severity: 'info',
      status: 'fail',
      ...render('value.blank', params),
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
