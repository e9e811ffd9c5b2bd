import { audit, recognise, type AuditResult, type RawTable } from '../../src/core';
import { REPORT_TEMPLATES } from '../../src/templates';

/**
 * The whole pipeline on tables, as the CLI and the page run it: recognise against the report
 * formats (or one forced format), then audit. Tests call this instead of composing it themselves.
 */
export function auditTables(tables: readonly RawTable[], options: { templateId?: string; edits?: Record<string, string> } = {}): AuditResult {
  const templates = options.templateId
    ? options.templateId === 'generic'
      ? []
      : REPORT_TEMPLATES.filter((t) => t.id === options.templateId)
    : REPORT_TEMPLATES;
  return audit(recognise(tables, templates), { templates: REPORT_TEMPLATES, edits: options.edits });
}
