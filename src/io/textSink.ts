/**
 * Collects the text of HTML nodes the way a reader sees it: runs of whitespace collapse to one space,
 * `<br>` and block boundaries become line breaks, each line is trimmed and empty lines are dropped.
 *
 * A source line break between two CJK characters is dropped instead of becoming a space: Word wraps
 * its HTML source every ~80 columns, even inside a Chinese word (`本年新收政府信息公开申请\r\n数量`),
 * and CSS likewise removes such segment breaks between East Asian characters.
 */
export class TextSink {
  private readonly lines: string[] = [];
  private current = '';

  /** Text node content, with source whitespace still in it. */
  text(raw: string): void {
    // \u00a0 (&nbsp;) counts as an ordinary space; SEGMENT marks a run that held a line break
    this.current += raw.replace(/[ \t\n\r\f\u00a0]+/g, (run) => (/[\n\r]/.test(run) ? SEGMENT : ' '));
  }

  /** `<br>` or the edge of a block element: ends the current line. */
  lineBreak(): void {
    const line = finishLine(this.current);
    if (line !== '') this.lines.push(line);
    this.current = '';
  }

  /** All lines so far (the current line is ended first). */
  result(): string[] {
    this.lineBreak();
    return this.lines;
  }

  /** The last complete non-empty line, after ending the current one. */
  lastLine(): string | undefined {
    this.lineBreak();
    return this.lines[this.lines.length - 1];
  }
}

const SEGMENT = '\uE000';
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026\u2014]/u;

function finishLine(s: string): string {
  return s
    .replace(/[ \uE000]+/g, (run, offset: number, whole: string) => {
      if (!run.includes(SEGMENT)) return ' ';
      const before = whole[offset - 1];
      const after = whole[offset + run.length];
      return before !== undefined && after !== undefined && CJK.test(before) && CJK.test(after) ? '' : ' ';
    })
    .trim();
}
