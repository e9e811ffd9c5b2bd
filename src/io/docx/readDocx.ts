import type { RawTable } from '../../core/table/types';
import type { ImportIssue, ImportResult } from '../importTypes';
import { issue, refusal } from '../importTypes';
import type { IoMessageCode } from '../messages';
import { MAX_DEPTH, readDocumentXml } from './documentReader';
import { isEncryptedPackage, isOleFile, isZipFile } from './sniffWord';
import { layoutDocxTable, MAX_COLUMNS } from './tableGrid';
import { MAX_DOCUMENT_XML_BYTES, unzipDocument } from './unzipDocument';

/**
 * Reads the tables of a Word .docx (as Word or WPS writes it): every `w:tbl` in body order, a table
 * nested in a cell right after its parent, as `T1`, `T2`… with exact geometry and merges; the text
 * outside tables as narrative, and each table's caption the last paragraph before it. Tracked changes
 * read as accepted, fields as their results. Never throws: what cannot be read comes back as an issue.
 *
 * @example readDocx('报告.docx', bytes).tables[1].caption // '三、收到和处理政府信息公开申请情况'
 */
export function readDocx(name: string, bytes: Uint8Array): ImportResult {
  try {
    return read(name, bytes);
  } catch {
    // not expected (the parser is forgiving, the walks iterative); keep the promise not to throw
    return refusal('docx', 'import.broken-file', 'import.broken-any', { name });
  }
}

function read(name: string, bytes: Uint8Array): ImportResult {
  if (isOleFile(bytes)) {
    return isEncryptedPackage(bytes)
      ? refusal('docx', 'import.encrypted', 'import.docx-encrypted', { name })
      : refusal('docx', 'import.word-binary', 'import.docx-binary', { name });
  }
  if (!isZipFile(bytes)) return refusal('docx', 'import.broken-file', 'import.docx-not-zip', { name });
  const unzipped = unzipDocument(bytes);
  if (!unzipped.ok && unzipped.reason === 'too-large') {
    return refusal('docx', 'import.too-large', 'import.docx-too-large', { name, limit: `${MAX_DOCUMENT_XML_BYTES / 1024 / 1024} MB` });
  }
  if (!unzipped.ok && unzipped.reason === 'broken-zip') return refusal('docx', 'import.broken-file', 'import.docx-broken-zip', { name });
  const content = unzipped.ok ? readDocumentXml(unzipped.xml) : undefined;
  if (!content?.isWordDocument) return refusal('docx', 'import.broken-file', whatElse(unzipped.entries), { name });
  if (content.tooDeep) return refusal('docx', 'import.broken-file', 'import.docx-too-deep', { name, max: MAX_DEPTH });

  const tables: RawTable[] = [];
  const issues: ImportIssue[] = [];
  for (const table of content.tables) {
    const layout = layoutDocxTable(table);
    if (!layout.rows.some((row) => row.some((cell) => cell.trim() !== ''))) continue; // an empty layout table
    const raw: RawTable = { name: `T${tables.length + 1}`, rows: layout.rows, merges: layout.merges, geometry: 'exact' };
    if (table.caption !== undefined) raw.caption = table.caption;
    tables.push(raw);
    if (layout.truncated) issues.push(issue('import.table-truncated', 'import.docx-truncated', { name, table: raw.name, max: MAX_COLUMNS }));
  }
  if (tables.length === 0) issues.unshift(issue('import.no-table', 'import.docx-no-table', { name }));
  return { format: 'docx', tables, narrative: content.narrative, issues };
}

/** Why a zip is no Word document, naming what it is when its parts tell. */
function whatElse(entries: string[]): IoMessageCode {
  const has = (prefix: string) => entries.some((e) => e.toLowerCase().startsWith(prefix));
  if (has('xl/')) return 'import.docx-is-excel';
  if (has('ppt/')) return 'import.docx-is-powerpoint';
  if (has('content.xml')) return 'import.docx-is-odf';
  return 'import.docx-not-word';
}
