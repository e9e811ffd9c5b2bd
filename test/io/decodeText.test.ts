import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/io/decodeText';

describe('decodeText', () => {
  it('decodes GBK (gb18030) when the bytes are not valid UTF-8', () => {
    expect(decodeText(new Uint8Array([0xb9, 0xe6, 0xd5, 0xc2]))).toBe('规章');
  });

  it('prefers valid UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('规章\t0'))).toBe('规章\t0');
  });

  it('follows a BOM and drops it', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe8, 0xa7, 0x84]))).toBe('规');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0xc4, 0x89, 0xe0, 0x7a]))).toBe('规章');
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x89, 0xc4, 0x7a, 0xe0]))).toBe('规章');
  });

  it('handles empty input', () => {
    expect(decodeText(new Uint8Array())).toBe('');
  });
});
