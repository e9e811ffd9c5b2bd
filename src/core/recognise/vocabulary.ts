import { labelSimilarity, normalizeLabel, type NormalizedLabel } from '../labels';
import type { ColumnNode, TableDef, TableId, TemplateDef } from '../template/types';

/** What a label in the input can stand for in a template. */
export type LabelTarget =
  | { kind: 'row'; table: TableId; id: string }
  | { kind: 'group'; table: TableId; id: string }
  | { kind: 'column'; table: TableId; set: string; node: ColumnNode }
  | { kind: 'section'; table: TableId; set: string }
  | { kind: 'labelHeader'; table: TableId }
  | { kind: 'title'; table: TableId };

export interface LabelMatch {
  target: LabelTarget;
  score: number;
}

/** Below this similarity a label is not taken for a template label. */
const FUZZY_MIN = 0.8;
const FUZZY_MAX_LENGTH = 48;
/** A cut label must keep this many characters to name its row; a glued one must end with this many of it. */
const PREFIX_MIN = 4;
const SUFFIX_MIN = 4;
/** Longer texts are narrative, not a header run together with a label. */
const MAX_GLUED = 120;

interface Entry {
  target: LabelTarget;
  forms: string[];
}

/**
 * Every label of a template, indexed for exact lookup after normalisation, with a fuzzy fallback
 * (LCS similarity ≥ 0.8) for typos and rewordings. Results are cached per label text: a batch of
 * reports repeats the same labels over and over.
 */
export class Vocabulary {
  private readonly entries: Entry[] = [];
  private readonly exact = new Map<string, LabelTarget[]>();
  private readonly cache = new Map<string, LabelMatch[]>();

  constructor(readonly template: TemplateDef) {
    for (const table of template.tables) this.addTable(table);
  }

  /** All targets the label may stand for, best first; exact matches score 1. */
  match(label: NormalizedLabel): LabelMatch[] {
    const key = label.text;
    if (!key) return [];
    let hit = this.cache.get(key);
    if (!hit) {
      if (this.cache.size > 20_000) this.cache.clear();
      hit = this.lookup(label);
      this.cache.set(key, hit);
    }
    return hit;
  }

  private lookup(label: NormalizedLabel): LabelMatch[] {
    const exact = [...(this.exact.get(label.text) ?? []), ...(this.exact.get(label.core) ?? [])];
    if (exact.length) return dedupe(exact.map((target) => ({ target, score: 1 })));
    if (label.core.length > FUZZY_MAX_LENGTH) return label.text.length > MAX_GLUED ? [] : this.partial(label.text);
    const out: LabelMatch[] = [];
    for (const entry of this.entries) {
      let best = 0;
      for (const form of entry.forms) best = Math.max(best, labelSimilarity(label.core, form));
      if (best >= FUZZY_MIN) out.push({ target: entry.target, score: best });
    }
    if (!out.some((m) => m.target.kind === 'row' || m.target.kind === 'group')) {
      out.push(...this.partial(label.text));
    }
    return dedupe(out.sort((a, b) => b.score - a.score));
  }

  /**
   * Row labels cut by a line break (`5.要求行政机关确认或重新出` / `具已获取信息`, as PDF text gives them)
   * or run together with the header before them (`…本年处理决定数量行政许可`, text with no
   * separators): the start of exactly one row's label in a table, or a label that ends with one
   * after a column heading. Scored below an exact label.
   */
  private partial(text: string): LabelMatch[] {
    const out: LabelMatch[] = [];
    if (text.length >= PREFIX_MIN) {
      const byTable = new Map<TableId, Set<LabelTarget>>();
      for (const entry of this.entries) {
        if (entry.target.kind !== 'row' && entry.target.kind !== 'group') continue;
        if (!entry.forms.some((f) => f.length > text.length && f.startsWith(text))) continue;
        const set = byTable.get(entry.target.table) ?? new Set();
        set.add(entry.target);
        byTable.set(entry.target.table, set);
      }
      for (const set of byTable.values()) if (set.size === 1) out.push({ target: [...set][0], score: 0.85 });
    }
    if (out.length) return out;
    let best: { target: LabelTarget; length: number } | undefined;
    for (const entry of this.entries) {
      if (entry.target.kind !== 'row') continue;
      for (const f of entry.forms) {
        if (f.length >= text.length || !text.endsWith(f) || (best && best.length >= f.length)) continue;
        const rest = text.slice(0, -f.length);
        if (f.length >= SUFFIX_MIN || this.endsWithHeading(rest)) best = { target: entry.target, length: f.length };
      }
    }
    return best ? [{ target: best.target, score: 0.82 }] : [];
  }

  private endsWithHeading(rest: string): boolean {
    return this.entries.some(
      (e) => (e.target.kind === 'column' || e.target.kind === 'section') && e.forms.some((f) => f.length >= SUFFIX_MIN && rest.endsWith(f)),
    );
  }

  /** The forms of this format's column headings of at least `min` characters. */
  columnForms(min: number): string[] {
    const forms = new Set<string>();
    for (const e of this.entries) if (e.target.kind === 'column') for (const f of e.forms) if (f.length >= min) forms.add(f);
    return [...forms];
  }

  private add(target: LabelTarget, texts: Array<string | undefined>): void {
    const forms = new Set<string>();
    for (const t of texts) {
      if (!t) continue;
      const n = normalizeLabel(t);
      if (n.text) forms.add(n.text);
      if (n.core) forms.add(n.core);
    }
    this.entries.push({ target, forms: [...forms] });
    for (const f of forms) {
      const list = this.exact.get(f) ?? [];
      list.push(target);
      this.exact.set(f, list);
    }
  }

  private addTable(table: TableDef): void {
    const t = table.id;
    this.add({ kind: 'title', table: t }, [table.title, ...(table.titleAliases ?? [])]);
    if (table.labelHeader) this.add({ kind: 'labelHeader', table: t }, [table.labelHeader.display, ...(table.labelHeader.aliases ?? [])]);
    for (const g of table.groups) this.add({ kind: 'group', table: t, id: g.id }, [g.display, ...(g.aliases ?? [])]);
    for (const r of table.rows) {
      if (!r.display) continue;
      this.add({ kind: 'row', table: t, id: r.id }, [r.display, ...(r.aliases ?? [])]);
    }
    const seenSections = new Set<string>();
    for (const set of table.columnSets) {
      if (set.section && !seenSections.has(set.section)) {
        seenSections.add(set.section);
        this.add({ kind: 'section', table: t, set: set.id }, [set.section]);
      }
      walk(set.roots, (node) => this.add({ kind: 'column', table: t, set: set.id, node }, [node.display, ...(node.aliases ?? [])]));
    }
  }
}

function walk(nodes: ColumnNode[], visit: (n: ColumnNode) => void): void {
  for (const n of nodes) {
    visit(n);
    if (n.children) walk(n.children, visit);
  }
}

function dedupe(list: LabelMatch[]): LabelMatch[] {
  const seen = new Set<LabelTarget>();
  return list.filter((m) => (seen.has(m.target) ? false : (seen.add(m.target), true)));
}

const vocabularies = new WeakMap<TemplateDef, Vocabulary>();

export function vocabularyOf(template: TemplateDef): Vocabulary {
  let v = vocabularies.get(template);
  if (!v) {
    v = new Vocabulary(template);
    vocabularies.set(template, v);
  }
  return v;
}
