import type { Values } from '../evaluate';
import { fingerprint, type Finding } from '../findings';
import type { MessageCode, MessageParams } from '../messages';
import type { Reading } from '../reading';
import { flatText } from './flatText';
import { rulemakingBody } from './rulemakingBody';
import { sectionsMissing } from './sections';
import type { Rulemakers } from './types';

/**
 * The form of the report (keys.md, form): warnings with `cells: []` about the report as a whole —
 * the 2019 format for a year of 2021 or later, the superseded notice cited as its basis, a period
 * that is not the calendar year of the report, a title year that differs from the text's, 规章
 * reported by a body that cannot make them (a question), a required section missing.
 */
export function formFindings(templateId: string, values: Values, reading: Reading, rulemakers?: Rulemakers): Finding[] {
  const out: Finding[] = [];
  const push = (check: string, code: MessageCode, params: MessageParams, subject = '') => {
    const rule = `format.${check}`;
    out.push({ rule, fingerprint: fingerprint(templateId, rule, [], subject || check), severity: 'warning', status: 'fail', code, params, cells: [], suspects: [] });
  };
  const flat = flatText(reading.text);
  const { unit, year } = reading.report;

  if (year !== null && year >= 2021) {
    if (templateId === 'gov-disclosure-2019') push('old-format', 'format.old-format', { year });
    // the 2019 notice as the basis of a report from 2021 on (citing the 2021 notice too is no error)
    if (/〔2019〕60号|\[2019\]60号|【2019】60号/.test(flat) && !/〔2021〕30号|\[2021\]30号|【2021】30号/.test(flat)) push('old-notice', 'format.old-notice', { year });
  }

  const period = statedPeriod(flat);
  if (period && year !== null) {
    const calendar = period.from === `${year}-1-1` && period.to === `${year}-12-31`;
    const sameYear = period.fromYear === period.toYear;
    if (sameYear && period.fromYear !== year) push('year', 'format.year', { title: year, text: period.fromYear });
    else if (!calendar) push('period', 'format.period', { from: period.fromText, to: period.toText, year });
  }

  if (unit && rulemakers && templateId === 'gov-disclosure-2021') {
    const made = values.get('t2.rules.made') ?? 0;
    const valid = values.get('t2.rules.valid') ?? 0;
    if ((made > 0 || valid > 0) && rulemakingBody(unit, rulemakers) === 'may-not') {
      push('rules-body', 'format.rules-body', { unit, made, valid });
    }
  }

  for (const section of sectionsMissing(reading)) push('missing-section', 'format.missing-section', { section }, `missing-section:${section}`);
  return out;
}

/** `统计期限自2021年1月1日起至2021年12月31日止` (or 统计时限/统计时间/数据统计期限…). */
function statedPeriod(flat: string) {
  const m = /统计(?:期限|时限|时间|期间|区间)[^。；]{0,12}?(\d{4})年(\d{1,2})月(\d{1,2})日[^。；\d]{0,6}?(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(flat);
  if (!m) return undefined;
  const [fy, fm, fd, ty, tm, td] = m.slice(1).map(Number);
  return {
    from: `${fy}-${fm}-${fd}`,
    to: `${ty}-${tm}-${td}`,
    fromYear: fy,
    toYear: ty,
    fromText: `${fy}年${fm}月${fd}日`,
    toText: `${ty}年${tm}月${td}日`,
  };
}
