/**
 * The report's text as sentences. Lines that a PDF or a web page broke inside a sentence are joined
 * again (a line that does not end a sentence runs on into the next, unless the next opens a heading).
 * Sentences end at 。！？; a `；` list stays in its sentence so that `共…件，其中…` keeps its parts.
 */
export function sentencesOf(text: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let current = '';
  for (const raw of text) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    if (current && (/[。！？!?：:]$/.test(current) || HEADING.test(line) || isHeading(current))) {
      paragraphs.push(current);
      current = '';
    }
    current = current ? joinLines(current, line) : line;
  }
  if (current) paragraphs.push(current);
  const out: string[] = [];
  for (const p of paragraphs) {
    // p.split(/(?<=[。！？!?])/), by hand: after each such mark (not the last character), a cut
    let from = 0;
    for (let i = 0; i < p.length - 1; i++) {
      const c = p.charCodeAt(i);
      if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f) {
        const s = p.slice(from, i + 1).trim();
        if (s) out.push(s);
        from = i + 1;
      }
    }
    const s = p.slice(from).trim();
    if (s) out.push(s);
  }
  return out;
}

/** 一、… · （一）… · 1.… : a heading starts its own paragraph. */
const HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\))/;

/** A title line on its own (`一、总体情况`), not a paragraph that opens with its number. */
function isHeading(line: string): boolean {
  return HEADING.test(line) && line.length <= 24 && !/[，。；,;]/.test(line);
}

/** Chinese lines join with nothing between; two Latin words or numbers keep a space. */
function joinLines(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}
