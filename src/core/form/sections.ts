import type { Reading } from '../reading';
import { flatText } from './flatText';

/**
 * The six parts every report has (2021 and 2019 formats alike), each known by its numbered heading
 * (`四、政府信息公开行政复议、行政诉讼情况`, or 2019's `四、因政府信息公开工作被申请行政复议…`) or,
 * for parts two to four, by its table being there. A list of the parts in an opening sentence
 * (`本报告包括总体情况、主动公开…`) has no numbers and names none of them.
 */
const SECTIONS: Array<{ name: string; heading: RegExp; words?: RegExp; table?: string }> = [
  { name: '一、总体情况', heading: /一[、.．](总体情况|概述|基本情况)/, words: /总体情况/g },
  { name: '二、主动公开政府信息情况', heading: /二[、.．].{0,6}主动公开/, table: 't2' },
  { name: '三、收到和处理政府信息公开申请情况', heading: /三[、.．].{0,4}收到和处理/, table: 't3' },
  { name: '四、政府信息公开行政复议、行政诉讼情况', heading: /四[、.．].{0,14}行政复议/, table: 't4' },
  { name: '五、存在的主要问题及改进情况', heading: /五[、.．].{0,16}主要问题/, words: /存在的?(主要)?问题/g },
  { name: '六、其他需要报告的事项', heading: /六[、.．]其他需要报告/, words: /其他需要报告的事项/g },
];

/**
 * The required parts a report's text lacks. Only when the text was read (never for a pasted table
 * alone), and only a part with a numbered part of the text after it: a text cut off after its
 * fourth part is an excerpt, not a report without its fifth. Only parts one, five and six are looked for. The first part counts as read when
 * the opening sentence (根据《…政府信息公开条例》…) is there.
 */
export function sectionsMissing(reading: Reading): string[] {
  const text = flatText(reading.text);
  if (text.length < 200) return [];
  const inText = SECTIONS.map((s) => s.heading.exec(text)?.index ?? -1);
  // A part is there by its heading, or by its words said again after the opening list of parts (a
  // heading lost in a PDF's extraction); parts two to four are the tables, whose absence
  // structure.missing-table reports already.
  const present = SECTIONS.map((s, i) => s.table !== undefined || inText[i] >= 0 || (text.match(s.words!) ?? []).length >= 2);
  const found = inText.map((at, i) => (at >= 0 ? i : -1)).filter((i) => i >= 0);
  if (found.length < 2) return [];
  const opening = text.search(/政府信息公开条例/);
  const from = opening >= 0 && opening < Math.min(...inText.filter((x) => x >= 0)) ? -1 : found[0];
  const last = found.at(-1)!;
  return SECTIONS.filter((_, i) => i > from && i < last && !present[i]).map((s) => s.name);
}
