import { CATALOGUE, type Lang, type MessageCode } from './catalogue';
import { formatDiff, formatNumber } from './numbers';
import type { MessageParams, Param, TermsParam } from './params';

/** What the reader's language calls the things a message refers to (from the template, at the edge). */
export interface Labels {
  cell(key: string, lang: Lang): string;
  rule(id: string, lang: Lang): string;
  table(id: string, lang: Lang): string;
}

/** Labels for input that is no report: keys and ids are their own names. */
export const PLAIN_LABELS: Labels = { cell: (k) => k, rule: (id) => id, table: (id) => id };

/** Renders a catalogue entry in a language; unknown placeholders are left as they are. */
export function formatMessage(code: MessageCode, params: MessageParams, lang: Lang = 'zh', labels: Labels = PLAIN_LABELS): string {
  return fillTemplate(CATALOGUE[code][lang], params, lang, labels);
}

/** Fills `{name}` placeholders of any catalogue's text (core, io, cli and page catalogues share this). */
export function fillTemplate(text: string, params: MessageParams, lang: Lang, labels: Labels = PLAIN_LABELS): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? renderParam(params[name], lang, labels) : m));
}

export function renderParam(p: Param, lang: Lang, labels: Labels): string {
  if (typeof p === 'string') return p;
  if (typeof p === 'number') return formatNumber(p);
  if ('cell' in p) return labels.cell(p.cell, lang);
  if ('rule' in p) return labels.rule(p.rule, lang);
  if ('table' in p) return labels.table(p.table, lang);
  if ('diff' in p) return formatDiff(p.diff);
  if ('terms' in p) return renderTerms(p, lang);
  if ('cells' in p) return renderCellList(p, lang, labels);
  if ('list' in p) return p.list.join(lang === 'en' ? ', ' : '、');
  return formatMessage(p.msg, p.params ?? {}, lang, labels);
}

/**
 * The values of a sum, `24+0+1`. A long one (more than six terms) keeps the first and last terms and
 * every term that is not 0, and writes each run of zeros it leaves out as `…`: no non-zero term is
 * ever hidden (`0+…+1+…+0`).
 * With `names`, each term is named too (`自然人 24 + 商业企业 0`): the inspector's form.
 */
export function renderTerms(side: TermsParam, lang: Lang, names?: ReadonlyMap<string, string>): string {
  const blank = CATALOGUE['value.blank-word'][lang];
  const shown = (v: number | null) => (v === null ? blank : formatNumber(v));
  type Part = { text: string; zero: boolean };
  const parts: Part[] = side.terms.map((t) => {
    const value = shown(t.value);
    const named = names ? `${names.get(t.cell) ?? t.cell} ${value}` : value;
    return { text: t.coef === 1 ? named : `${formatNumber(t.coef)}×${named}`, zero: t.value === 0 };
  });
  if (side.constant) parts.push({ text: formatNumber(side.constant), zero: false });
  const joiner = names ? ' + ' : '+';
  if (!side.compact || parts.length <= 6) return capped(parts.map((x) => x.text), side.terms.length, lang).join(joiner);
  const out: string[] = [];
  parts.forEach((x, i) => {
    if (i === 0 || i === parts.length - 1 || !x.zero) out.push(x.text);
    else if (out.at(-1) !== '…') out.push('…');
  });
  return capped(out, side.terms.length, lang).join(joiner);
}

/** Terms shown of a sum at most (a 合计 row over 1,900 rows is no sentence to read). */
const MAX_TERMS = 30;

/** A long sum's first terms and its last two, with how many terms it has. */
function capped(texts: string[], count: number, lang: Lang): string[] {
  if (texts.length <= MAX_TERMS) return texts;
  return [...texts.slice(0, MAX_TERMS - 6), CATALOGUE['terms.more'][lang].replace('{n}', String(count)), ...texts.slice(-2)];
}

function renderCellList(p: { cells: string[]; texts?: Record<string, string>; max?: number }, lang: Lang, labels: Labels): string {
  const max = p.max ?? Infinity;
  const named = p.cells.slice(0, max).map((k) => {
    const text = p.texts?.[k];
    return labels.cell(k, lang) + (text === undefined ? '' : lang === 'en' ? ` ("${text}")` : `（“${text}”）`);
  });
  return named.join(lang === 'en' ? ', ' : '、') + (p.cells.length > max ? CATALOGUE['list.more'][lang] : '');
}
