/**
 * Element and attribute names of WordprocessingML as the document reader sees them. Prefixes in XML
 * are the writer's choice (Word writes `w:`, other tools may write `ns0:` or a default namespace), so
 * names are resolved through their xmlns declarations and rewritten with the canonical prefix.
 */
export const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main', // "Strict Open XML" as Word can save it
]);
export const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

type Attributes = Record<string, string>;

/** The xmlns declarations in scope, innermost last; most documents declare them once, at the root. */
export class NamespaceScope {
  private readonly frames: { depth: number; prefixes: Map<string, string> }[] = [];

  /** Call on every start tag, with its depth, before `canonical`. */
  enter(depth: number, attrs: Attributes): void {
    let prefixes: Map<string, string> | undefined;
    for (const key in attrs) {
      if (key === 'xmlns') (prefixes ??= new Map()).set('', attrs[key]);
      else if (key.startsWith('xmlns:')) (prefixes ??= new Map()).set(key.slice(6), attrs[key]);
    }
    if (prefixes) this.frames.push({ depth, prefixes });
  }

  /** Call on every end tag with the depth its start tag had. */
  leave(depth: number): void {
    const top = this.frames[this.frames.length - 1];
    if (top && top.depth === depth) this.frames.pop();
  }

  /** `w:tc` for a WordprocessingML `tc` whatever its prefix, `mc:Choice` likewise, `?:name` otherwise. */
  canonical(qname: string): string {
    const colon = qname.indexOf(':');
    const prefix = colon < 0 ? '' : qname.slice(0, colon);
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    const uri = this.lookup(prefix);
    if (uri !== undefined && W_NAMESPACES.has(uri)) return `w:${local}`;
    if (uri === MC_NAMESPACE) return `mc:${local}`;
    return `?:${local}`;
  }

  private lookup(prefix: string): string | undefined {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const uri = this.frames[i].prefixes.get(prefix);
      if (uri !== undefined) return uri;
    }
    return undefined;
  }
}

/** An attribute by its local name (`val` finds `w:val`, `ns0:val` or `val`). */
export function attribute(attrs: Attributes, local: string): string | undefined {
  const usual = attrs[`w:${local}`];
  if (usual !== undefined) return usual;
  for (const key in attrs) if (key === local || key.endsWith(`:${local}`)) return attrs[key];
  return undefined;
}

/** ST_OnOff: absent, `true`, `1`, `on` are on. */
export function isOn(attrs: Attributes): boolean {
  const v = attribute(attrs, 'val');
  return v === undefined || !['false', '0', 'off'].includes(v.trim().toLowerCase());
}

/** A whole number attribute, clamped to [min, max]; `fallback` when absent or unreadable. */
export function intAttribute(attrs: Attributes, local: string, fallback: number, min: number, max: number): number {
  const n = Number.parseInt(attribute(attrs, local) ?? '', 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}
