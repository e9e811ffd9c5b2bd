import type { Values } from './evaluate';
import type { Finding } from './findings';
import { formFindings, type Rulemakers } from './form';
import { narrativeFindings } from './narrative';
import { previousFindings } from './previous';
import type { Reading } from './reading';
import type { TemplateDef } from './template/types';

/**
 * The checks a reviewer makes by hand (issue 8), beside the tables' own rules: the report's words
 * against its tables, last year's report, the form of the report. Each is a warning.
 */
export function beyondTheTables(reading: Reading, template: TemplateDef, values: Values, previous: Reading | null, rulemakers?: Rulemakers): Finding[] {
  return [
    ...narrativeFindings(template.id, values, reading.text),
    ...(previous ? previousFindings(template.id, values, reading, previous) : []),
    ...formFindings(template.id, values, reading, rulemakers),
  ];
}
