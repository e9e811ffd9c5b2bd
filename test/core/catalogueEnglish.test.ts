import { describe, expect, it } from 'vitest';
import { CATALOGUE, fillTemplate, formatMessage, type MessageCode } from '../../src/core';
import { CLI_CATALOGUE } from '../../src/cli/messages';
import { IO_CATALOGUE } from '../../src/io';
import { REPORT_TEMPLATES } from '../../src/templates';
import { templateLabels } from '../../src/core';

/**
 * Every sentence a user reads comes from a catalogue; rendered in English it has no Chinese
 * character except what the input itself supplies (quoted cell texts, labels as written).
 */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
/** A document's number is its name in any language (国办公开办函〔2021〕30号). */
const withoutDocNumbers = (text: string) => text.replace(/国办公开办函〔\d{4}〕\d+号/g, '');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

describe('English renderings carry no Chinese of their own', () => {
  const labels = templateLabels(REPORT_TEMPLATES[0]);
  const params = (text: string) =>
    Object.fromEntries(
      placeholders(text).map((name) => [
        name,
        name === 'cell' || name === 'total'
          ? { cell: 't3.new.natural' }
          : name === 'title'
            ? { rule: 't3.balance.natural' }
            : name === 'table'
              ? { table: 't3' }
              : name === 'parts' || name === 'left' || name === 'right'
                ? { terms: [{ cell: 't3.granted.natural', coef: 1, value: 24 }, { cell: 't3.partial.natural', coef: 1, value: null }], compact: true }
                : name === 'blanks' || name === 'cells'
                  ? { cells: ['t3.new.natural', 't3.carried.natural'] }
                  : name === 'basis'
                    ? { msg: 'rule.basis.parts' as MessageCode }
                    : name === 'diff'
                      ? { diff: -1 }
                      : name === 'why'
                        ? { msg: 'rule.refused.syntax' as MessageCode }
                        : 7,
      ]),
    );

  it.each(Object.keys(CATALOGUE) as MessageCode[])('core %s', (code) => {
    const text = formatMessage(code, params(CATALOGUE[code].en), 'en', labels);
    expect(withoutDocNumbers(text)).not.toMatch(CJK);
    expect(text).not.toMatch(/\{\w+\}/);
  });

  it.each(Object.keys(IO_CATALOGUE) as (keyof typeof IO_CATALOGUE)[])('io %s', (code) => {
    const en = IO_CATALOGUE[code].en;
    expect(fillTemplate(en, params(en), 'en')).not.toMatch(CJK);
  });

  it.each(Object.keys(CLI_CATALOGUE) as (keyof typeof CLI_CATALOGUE)[])('cli %s', (code) => {
    const en = CLI_CATALOGUE[code].en;
    expect(fillTemplate(en, params(en), 'en')).not.toMatch(CJK);
  });

  it('the page catalogue', async () => {
    const { UI_CATALOGUE } = await import('../../src/ui/i18n');
    for (const [key, entry] of Object.entries(UI_CATALOGUE)) {
      // the language switch names the other language in its own words
      if (key === 'language' || key === 'languageTitle') continue;
      expect(withoutDocNumbers(entry.en), key).not.toMatch(CJK);
    }
  });
});
