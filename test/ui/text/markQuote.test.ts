import { describe, expect, it } from 'vitest';
import { audit, recognise } from '../../../src/core';
import { importText } from '../../../src/io';
import { REPORT_TEMPLATES } from '../../../src/templates';
import { markQuote } from '../../../src/ui/text/markQuote';
import { RECEIVED_65, thisYearSaying65 } from '../../support/youyangPrevious';

describe('the narrative finding\'s sentence marked in the report\'s text', () => {
  const imported = importText(thisYearSaying65());
  const reading = recognise(imported.tables, REPORT_TEMPLATES, { text: imported.narrative });
  const finding = audit(reading, { templates: REPORT_TEMPLATES }).findings.find((f) => f.rule.startsWith('narrative.'));

  it('marks the quote in the one paragraph that holds it, the rest left as it was', () => {
    expect(finding?.quote).toContain(RECEIVED_65);
    const marked = markQuote(reading.text, finding!.quote!);
    expect(marked.filter((p) => p.marked)).toHaveLength(1);
    const p = marked.find((x) => x.marked)!;
    expect(p.parts.find((x) => x.marked)?.text).toBe(finding!.quote);
    // nothing lost or added: the parts make the paragraph again
    marked.forEach((m, i) => expect(m.parts.map((x) => x.text).join('')).toBe(reading.text[i]));
  });

  it('finds a sentence the text breaks with spaces (a PDF\'s line ends), marking the text as written', () => {
    const out = markQuote(['前文。全年共收到各类政府信息\n公开申请 65 件，全部为自然人申请。后文'], '全年共收到各类政府信息公开申请65件，全部为自然人申请。');
    expect(out[0].parts.map((x) => [x.text, x.marked])).toEqual([
      ['前文。', false],
      ['全年共收到各类政府信息\n公开申请 65 件，全部为自然人申请。', true],
      ['后文', false],
    ]);
  });

  it('no quote, or a quote not in the text: nothing marked', () => {
    expect(markQuote(['一句话。'], null)[0]).toEqual({ parts: [{ text: '一句话。', marked: false }], marked: false });
    expect(markQuote(['一句话。'], '另一句话。')[0].marked).toBe(false);
  });
});
