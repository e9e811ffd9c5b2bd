import { readdirSync, readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CARRIED_CMAP } from '../../../src/io/pdf/carriedCmaps';
import { GB_CMAPS_ZIP_BASE64 } from '../../../src/io/pdf/gbCmaps.generated';
import { offlineDataFactory } from '../../../src/io/pdf/offlineDataFactory';

const dir = new URL('../../../node_modules/pdfjs-dist/cmaps/', import.meta.url);

describe('carried CMaps', () => {
  it('are exactly the Adobe-GB1 CMaps of the installed pdfjs (rerun gbCmaps.build.ts after an upgrade)', () => {
    const carried = unzipSync(new Uint8Array(Buffer.from(GB_CMAPS_ZIP_BASE64, 'base64')));
    const wanted = readdirSync(dir).filter((f) => CARRIED_CMAP.test(f.replace('.bcmap', '')));
    expect(Object.keys(carried).sort()).toEqual(wanted.map((f) => f.replace('.bcmap', '')).sort());
    for (const f of wanted) expect(Buffer.from(carried[f.replace('.bcmap', '')]).equals(readFileSync(new URL(f, dir)))).toBe(true);
    expect(wanted).toContain('UniGB-UCS2-H.bcmap');
    expect(wanted).toContain('GBK-EUC-H.bcmap');
  });

  it('are handed out offline; anything else is refused and remembered', async () => {
    const missing = new Set<string>();
    const used = new Set<string>();
    const Factory = offlineDataFactory(missing, used);
    const f = new Factory({});
    expect((await f.fetch({ kind: 'cMapUrl', filename: 'UniGB-UCS2-H.bcmap' })).length).toBeGreaterThan(1000);
    await expect(f.fetch({ kind: 'cMapUrl', filename: 'UniJIS-UCS2-H.bcmap' })).rejects.toThrow();
    await expect(f.fetch({ kind: 'standardFontDataUrl', filename: 'FoxitSans.pfb' })).rejects.toThrow();
    expect([...used]).toEqual(['UniGB-UCS2-H']);
    expect([...missing]).toEqual(['UniJIS-UCS2-H']);
  });
});
