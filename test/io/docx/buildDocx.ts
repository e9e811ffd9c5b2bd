import { strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Builds small .docx files inside tests: the minimal package Word opens ([Content_Types].xml,
 * _rels/.rels, word/document.xml) around body XML written with the helpers below.
 */

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

export interface CellSpec {
  /** plain text; "\n" starts a new paragraph */
  text?: string;
  /** raw paragraph content (runs) instead of text, for tracked changes, fields… */
  runs?: string;
  span?: number;
  vMerge?: 'restart' | 'continue';
}

export type Style = 'word' | 'wps';

export function docx(bodyXml: string, options: { prefix?: string } = {}): Uint8Array {
  const p = options.prefix ?? 'w';
  const document =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<${p}:document xmlns:${p}="${W_NS}" xmlns:mc="${MC}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ` +
    `xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
    `xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="w14"><${p}:body>${p === 'w' ? bodyXml : bodyXml.replace(/(<\/?)w:/g, `$1${p}:`)}` +
    `<${p}:sectPr/></${p}:body></${p}:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(document),
  });
}

/** The same minimal package around a document.xml written out in full. */
export function withDocumentXml(documentXml: string): Uint8Array {
  const files = unzipSync(docx(''));
  files['word/document.xml'] = strToU8(documentXml);
  return zipSync(files);
}

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A run of text. */
export const run = (text: string): string => `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

/** One paragraph per line of `text`. */
export const para = (text: string): string =>
  text
    .split('\n')
    .map((line) => `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${line ? run(line) : ''}</w:p>`)
    .join('');

/**
 * A table as Word or WPS writes it. Word: `<w:vMerge/>` for a continued merge and a w:tblGrid.
 * WPS (as in the official template, which WPS saved): `w:val="continue"` written out, a w:tblPrEx in
 * every row; and, as some WPS versions do, no w:tblGrid.
 */
export function table(rows: (CellSpec | string)[][], style: Style, gridColumns: number): string {
  const grid = style === 'word' ? `<w:tblGrid>${'<w:gridCol w:w="900"/>'.repeat(gridColumns)}</w:tblGrid>` : '';
  const rowPrEx = style === 'wps' ? '<w:tblPrEx><w:tblBorders><w:top w:val="single" w:sz="4"/></w:tblBorders></w:tblPrEx>' : '';
  const body = rows
    .map((cells) => `<w:tr>${rowPrEx}<w:trPr><w:jc w:val="center"/></w:trPr>${cells.map((c) => cell(typeof c === 'string' ? { text: c } : c, style)).join('')}</w:tr>`)
    .join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${body}</w:tbl>`;
}

function cell(c: CellSpec, style: Style): string {
  const span = c.span && c.span > 1 ? `<w:gridSpan w:val="${c.span}"/>` : '';
  const merge =
    c.vMerge === 'restart'
      ? '<w:vMerge w:val="restart"/>'
      : c.vMerge === 'continue'
        ? style === 'wps'
          ? '<w:vMerge w:val="continue"/>'
          : '<w:vMerge/>'
        : '';
  const content = c.runs !== undefined ? `<w:p>${c.runs}</w:p>` : para(c.text ?? '');
  return `<w:tc><w:tcPr><w:tcW w:w="900" w:type="dxa"/>${span}${merge}<w:vAlign w:val="center"/></w:tcPr>${content}</w:tc>`;
}
