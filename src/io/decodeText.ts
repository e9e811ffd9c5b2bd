/**
 * Bytes → text. A BOM decides (UTF-8, UTF-16LE, UTF-16BE); otherwise UTF-8 if the bytes are valid
 * UTF-8, else gb18030 — Chinese Word/WPS "save as text" and Excel CSV exports are often GBK, and
 * gb18030 is a superset of GBK. Never throws.
 */
export function decodeText(bytes: Uint8Array): string {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decodeWith('utf-8', bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return decodeWith('gb18030', bytes);
  }
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  try {
    // ignoreBOM: the BOM was already cut off above, a second one would be content
    return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  } catch {
    // an engine without this decoder (a Node built with small-icu): best effort
    return new TextDecoder('utf-8').decode(bytes);
  }
}
