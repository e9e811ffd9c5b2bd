import { unzipSync } from 'fflate';
import { Parser } from 'htmlparser2';

/** document.xml larger than this, uncompressed, is refused (a zip bomb, or no report). */
export const MAX_DOCUMENT_XML_BYTES = 50 * 1024 * 1024;
const MAX_RELS_BYTES = 1024 * 1024;
const DEFAULT_MAIN_PART = 'word/document.xml';
const OFFICE_DOCUMENT_REL = /\/officeDocument$/;

export type UnzippedDocument =
  | { ok: true; xml: string; entries: string[] }
  | { ok: false; reason: 'broken-zip' | 'not-word' | 'too-large'; entries: string[] };

/**
 * Takes the main document part (word/document.xml, or wherever _rels/.rels points) out of an OOXML
 * zip, without inflating anything else. The size a zip declares bounds what fflate writes (it
 * inflates into a buffer of that size), so checking the declared size is enough to stop a bomb.
 * Throws nothing.
 */
export function unzipDocument(bytes: Uint8Array): UnzippedDocument {
  const entries: string[] = [];
  try {
    const rels = unzipSync(bytes, {
      filter: (f) => {
        entries.push(f.name);
        return partName(f.name) === '_rels/.rels' && f.originalSize <= MAX_RELS_BYTES;
      },
    });
    const relsBytes = Object.values(rels)[0];
    const main = (relsBytes && mainPartOf(decodeXml(relsBytes))) || DEFAULT_MAIN_PART;
    let tooLarge = false;
    const files = unzipSync(bytes, {
      filter: (f) => {
        if (partName(f.name) !== main) return false;
        if (f.originalSize > MAX_DOCUMENT_XML_BYTES) tooLarge = true;
        return !tooLarge;
      },
    });
    if (tooLarge) return { ok: false, reason: 'too-large', entries };
    const doc = Object.values(files)[0];
    if (!doc) return { ok: false, reason: 'not-word', entries };
    return { ok: true, xml: decodeXml(doc), entries };
  } catch {
    return { ok: false, reason: 'broken-zip', entries };
  }
}

/** Zip entry names compared as OPC part names: no leading slash, forward slashes, case-insensitive. */
function partName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

/** The target of the package's officeDocument relationship, as a part name. */
function mainPartOf(relsXml: string): string | undefined {
  let target: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (target === undefined && localName(name) === 'Relationship' && OFFICE_DOCUMENT_REL.test(attrs.Type ?? '')) {
          if (attrs.TargetMode !== 'External' && attrs.Target) target = attrs.Target;
        }
      },
    },
    { xmlMode: true },
  );
  parser.write(relsXml);
  parser.end();
  if (target === undefined) return undefined;
  const parts: string[] = [];
  for (const seg of partName(target).split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** UTF-8 unless a byte-order mark says UTF-16 (allowed by XML, rare in .docx). */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
