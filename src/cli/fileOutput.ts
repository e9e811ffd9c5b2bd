import { audit, isFailing, summarise, type Reading, type Verdict } from '../core';
import { fileReport, fileReportJson, fileReportJsonBytes } from '../io/export/auditJson';
import { REPORT_TEMPLATES } from '../templates';
import { RULEMAKERS } from '../templates/rulemakers';
import { say } from './messages';
import type { ReadFile } from './readReport';
import { textBlock, textSummary, type AuditedFile } from './textReport';

/** What standard output carries: one JSON document (compact or indented), or the text report. */
export type OutputMode = 'json' | 'pretty' | 'text';

/** One file's part of standard output, and what the exit status needs of it. */
export interface FileOutput {
  /** JSON entries as UTF-8 (a plain table's is megabytes: never made a string only to be encoded again) */
  text: string | Uint8Array;
  verdict: Verdict;
  /** an error that fails the report (exit status) */
  failing: boolean;
}

/** One file read, audited against last year's reading (if any); a failure of the audit is the file's entry. */
export function auditFile({ file, reading, errors }: ReadFile, previous: Reading | null): AuditedFile {
  if (!reading) return { file, result: null, errors };
  try {
    return { file, result: audit(reading, { templates: REPORT_TEMPLATES, previous, rulemakers: RULEMAKERS }), errors: [] };
  } catch (e) {
    return { file, result: null, errors: [say('audit.crashed', { path: file, error: (e as Error).message })] };
  }
}

/** One file's part of standard output: its entry of the JSON document, or its block of the text report. */
export function fileOutput(f: AuditedFile, mode: OutputMode): FileOutput {
  const errors = f.result ? [] : f.errors;
  const text =
    mode === 'json'
      ? f.result?.templateId === 'generic'
        ? fileReportJsonBytes(f.file, f.result, errors)
        : fileReportJson(f.file, f.result, errors)
      : mode === 'pretty'
      ? // the entry as it stands in the indented document: two levels in (`{"files": [ … ]}`)
        JSON.stringify(fileReport(f.file, f.result, errors), null, 2).replaceAll('\n', '\n    ')
      : textBlock(f, REPORT_TEMPLATES);
  return { text, verdict: summarise(f.result).verdict, failing: !!f.result?.findings.some(isFailing) };
}

/**
 * Standard output of the whole run, written as each file's part comes in order (a folder of a
 * thousand reports is not held as one text first); `end` writes the rest and the final newline.
 * The text is the same as if the whole document were written at once.
 */
export class OutputWriter {
  private count = 0;
  private readonly verdicts: Verdict[] = [];
  private readonly failing: boolean[] = [];

  constructor(
    private readonly out: { write(text: string | Uint8Array): unknown },
    private readonly mode: OutputMode,
  ) {}

  add(o: FileOutput): void {
    const first = this.count++ === 0;
    this.verdicts.push(o.verdict);
    this.failing.push(o.failing);
    const before = this.mode === 'text' ? '' : this.mode === 'json' ? (first ? '{"files":[' : ',') : first ? '{\n  "files": [\n    ' : ',\n    ';
    if (typeof o.text === 'string') this.out.write(before + o.text);
    else {
      if (before) this.out.write(before);
      this.out.write(o.text);
    }
  }

  /** Writes the end of the document; gives what the exit status is made of. */
  end(): Array<{ verdict: Verdict; failing: boolean }> {
    if (this.mode === 'text') this.out.write(textSummary(this.verdicts) + '\n');
    else if (this.mode === 'json') this.out.write(this.count ? ']}\n' : '{"files":[]}\n');
    else this.out.write(this.count ? '\n  ]\n}\n' : JSON.stringify({ files: [] }, null, 2) + '\n');
    return this.verdicts.map((verdict, i) => ({ verdict, failing: this.failing[i] }));
  }
}
