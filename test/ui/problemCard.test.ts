import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/core';
import { importHtml, importText } from '../../src/io';
import { problemCard } from '../../src/ui/state/problemCard';
import { auditTables } from '../support/pipeline';

/** The headline of a problem's card says what kind of fix it asks for. */
const sample = importText(readFileSync(resolve(import.meta.dirname, '../../src/samples/youyang-2021.txt'), 'utf8')).tables;
const shanghai = importHtml(readFileSync(resolve(import.meta.dirname, '../fixtures/shanghai-govoffice-2019.html'), 'utf8')).tables;

function headlines(r: ReturnType<typeof auditTables>, lang: 'zh' | 'en' = 'zh'): string[] {
  return summarise(r).problems.map((p) => problemCard(p, lang, r.template).headline);
}

describe('problem card headlines', () => {
  it('a wrong filled cell, certain: 疑似错误', () => {
    expect(headlines(auditTables(sample, { edits: { 't3.granted.natural': '42' } }))).toEqual(['1 处疑似错误：（一）予以公开·自然人 应为 24']);
  });

  it('a blank total: 待补填', () => {
    const r = auditTables(sample, { edits: { 't3.granted.total': '' } });
    expect(headlines(r)).toContain('1 处待补填：（一）予以公开·总计 应为 24');
  });

  it('a filled cell named while blanks were counted as 0: 疑似错误, saying so — not 待补填', () => {
    const r = auditTables(shanghai, { edits: { 't3.new.commercial': '53' } });
    const mine = summarise(r).problems.find((p) => p.suspect?.cell === 't3.new.commercial')!;
    expect(mine.findings).toHaveLength(2);
    expect(problemCard(mine, 'zh', r.template).headline).toBe('1 处疑似错误（空白按 0 计）：本年新收·商业企业 应为 35');
    expect(problemCard(mine, 'en', r.template).headline).toMatch(/^1 likely error \(blanks counted as 0\): .+ should be 35$/);
  });
});
