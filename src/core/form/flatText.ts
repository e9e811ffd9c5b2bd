/**
 * A report's text as one run without spaces or line breaks, the form checks' view of it: worked out
 * once per text (formFindings and sectionsMissing both ask, for every report of a batch).
 */
const flats = new WeakMap<readonly string[], string>();

export function flatText(text: readonly string[]): string {
  let flat = flats.get(text);
  if (flat === undefined) {
    flat = text.join('\n').replace(/\s+/g, '');
    flats.set(text, flat);
  }
  return flat;
}
