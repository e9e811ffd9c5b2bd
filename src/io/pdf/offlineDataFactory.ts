import { unzipSync } from 'fflate';
import { CARRIED_CMAP } from './carriedCmaps';

let cmaps: Record<string, Uint8Array> | null = null;

/**
 * pdfjs asks its `BinaryDataFactory` (the 5.x successor of `CMapReaderFactory`) for CMaps, standard
 * font files and wasm decoders. This one never touches the network: CMaps come from the Adobe-GB1
 * set carried in gbCmaps.generated.ts (unzipped on first use), everything else is refused, and pdfjs
 * carries on without it (a substitute font for drawing, which text extraction does not need).
 * pdfjs constructs the class itself, so each document gets its own class; a CMap asked for but not
 * carried is added to `missing`, so the reader can tell the user. `used` lists the CMaps handed out.
 */
export function offlineDataFactory(missing: Set<string>, used: Set<string>) {
  return class OfflineDataFactory {
    // pdfjs passes { cMapUrl, standardFontDataUrl, wasmUrl }; all unused here
    constructor(_options?: unknown) {}

    async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      const name = filename.replace(/\.bcmap$/, '');
      if (kind === 'cMapUrl') {
        const data = CARRIED_CMAP.test(name) ? (await carriedCmaps())[name] : undefined;
        if (data) {
          used.add(name);
          return data;
        }
        missing.add(name);
      }
      throw new Error(`not available offline: ${kind} ${filename}`);
    }
  };
}

async function carriedCmaps(): Promise<Record<string, Uint8Array>> {
  if (!cmaps) {
    const { GB_CMAPS_ZIP_BASE64 } = await import('./gbCmaps.generated');
    cmaps = unzipSync(base64Bytes(GB_CMAPS_ZIP_BASE64));
  }
  return cmaps;
}

function base64Bytes(text: string): Uint8Array {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
