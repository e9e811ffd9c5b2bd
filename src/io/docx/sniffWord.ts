/**
 * What the first bytes of a file say it is, for the Word reader: an OOXML package is a zip; the old
 * binary .doc and WPS's .wps are OLE compound files (as is a password-protected .docx, which Office
 * wraps, encrypted, in an OLE container).
 */

/** `PK\x03\x04` (or an empty / spanned archive's `PK\x05\x06`, `PK\x07\x08`). */
export function isZipFile(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05 || bytes[2] === 0x07);
}

/** OLE compound file magic D0 CF 11 E0 (A1 B1 1A E1): binary .doc, .wps, .xls, or an encrypted .docx. */
export function isOleFile(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/** The UTF-16LE stream name Office gives an encrypted OOXML package inside its OLE wrapper. */
const ENCRYPTED_PACKAGE = utf16le('EncryptedPackage');
/** The directory of a small OLE file sits early; a bounded scan keeps this cheap on large ones. */
const SCAN_LIMIT = 4 * 1024 * 1024;

/**
 * An OLE file holding an `EncryptedPackage` stream is a password-protected .docx/.xlsx, not a binary
 * .doc: telling the user to "save as .docx" would not help, removing the password would.
 */
export function isEncryptedPackage(bytes: Uint8Array): boolean {
  if (!isOleFile(bytes)) return false;
  const end = Math.min(bytes.length, SCAN_LIMIT) - ENCRYPTED_PACKAGE.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < ENCRYPTED_PACKAGE.length; j++) if (bytes[i + j] !== ENCRYPTED_PACKAGE[j]) continue outer;
    return true;
  }
  return false;
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
}
