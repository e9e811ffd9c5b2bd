import { formatMessage, type Labels, type Lang } from '../messages';
import { compiledRules } from '../rules';
import { cellLabel } from '../template/keys';
import type { TemplateDef } from '../template/types';
import type { Finding, Suspect } from './types';

const labelsCache = new WeakMap<TemplateDef, Labels>();

/** What a template calls its cells, rules and tables, in either language. */
export function templateLabels(template: TemplateDef | null | undefined): Labels {
  if (!template) return GENERIC_LABELS;
  let labels = labelsCache.get(template);
  if (!labels) {
    const titles = new Map(compiledRules(template).rules.map((r) => [r.id, r]));
    labels = {
      cell: (key, lang) => cellLabel(template, key, lang),
      rule: (id, lang) => {
        const r = titles.get(id);
        return r ? (lang === 'en' ? r.titleEn : r.title) : id;
      },
      table: (id, lang) => {
        const t = template.tables.find((x) => x.id === id);
        return t ? (lang === 'en' ? t.shortEn : t.short) : id;
      },
    };
    labelsCache.set(template, labels);
  }
  return labels;
}

const GENERIC_LABELS: Labels = { cell: (k) => k, rule: (id) => id, table: (id) => id };

/** A finding's sentence in the reader's language: the one renderer for the CLI, the page and exports. */
export function formatFinding(f: Finding, lang: Lang = 'zh', template?: TemplateDef | null): string {
  return formatMessage(f.code, f.params, lang, templateLabels(template));
}

/** Why a suspect is suspected, in the reader's language. */
export function formatSuspect(s: Suspect, lang: Lang = 'zh', template?: TemplateDef | null): string {
  return formatMessage(s.code, s.params, lang, templateLabels(template));
}

/** A rule's title in the reader's language (a value or structure finding has none). */
export function findingTitle(f: Finding, lang: Lang, template?: TemplateDef | null): string | undefined {
  if (!template) return undefined;
  const title = templateLabels(template).rule(f.rule, lang);
  return title === f.rule ? undefined : title;
}

/** The fields of keys.md, in its order: what the CLI's JSON prints for a finding (Chinese words). */
export function findingToJson(f: Finding, template?: TemplateDef | null) {
  return {
    rule: f.rule,
    fingerprint: f.fingerprint,
    severity: f.severity,
    status: f.status,
    message: formatFinding(f, 'zh', template),
    cells: f.cells,
    suspects: f.suspects.map((s) => ({
      cell: s.cell,
      suggested: s.suggested,
      reason: formatSuspect(s, 'zh', template),
      ...(s.typo ? { typo: s.typo } : {}),
      ...(s.possible ? { possible: true } : {}),
    })),
    ...(f.quote !== undefined ? { quote: f.quote } : {}),
  };
}
