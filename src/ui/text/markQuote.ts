/** A paragraph of the report's text cut where a quoted sentence sits in it. */
export interface MarkedParagraph {
  parts: Array<{ text: string; marked: boolean }>;
  marked: boolean;
}

const SPACE = /[\s\u3000]/;

/**
 * The report's paragraphs with a quote (a narrative finding's sentence) marked where it occurs.
 * Spaces are ignored in the comparison (a PDF's text may break a sentence where the quote does not);
 * the marked span is the paragraph's own text. Plain strings: the page renders them as text, never HTML.
 */
export function markQuote(paragraphs: readonly string[], quote: string | null): MarkedParagraph[] {
  const needle = quote ? [...quote].filter((ch) => !SPACE.test(ch)).join('') : '';
  return paragraphs.map((p) => {
    const span = needle ? findIgnoringSpaces(p, needle) : null;
    if (!span) return { parts: [{ text: p, marked: false }], marked: false };
    const parts = [
      { text: p.slice(0, span[0]), marked: false },
      { text: p.slice(span[0], span[1]), marked: true },
      { text: p.slice(span[1]), marked: false },
    ].filter((x) => x.text);
    return { parts, marked: true };
  });
}

/** [start, end) in `text` of `needle` (which has no spaces), spaces in `text` skipped; null when absent. */
function findIgnoringSpaces(text: string, needle: string): [number, number] | null {
  const chars: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (SPACE.test(text[i])) continue;
    chars.push(text[i]);
    at.push(i);
  }
  const i = chars.join('').indexOf(needle);
  if (i < 0) return null;
  return [at[i], at[i + needle.length - 1] + 1];
}
