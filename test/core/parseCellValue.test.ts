import { describe, expect, it } from 'vitest';
import { parseCellValue } from '../../src/core/values';

const cases: Array<[string, ReturnType<typeof parseCellValue>]> = [
  ['0', { kind: 'number', value: 0, decimals: 0 }],
  ['68', { kind: 'number', value: 68, decimals: 0 }],
  ['１，２３４件', { kind: 'number', value: 1234, decimals: 0 }],
  ['1,234', { kind: 'number', value: 1234, decimals: 0 }],
  ['12,345,678条', { kind: 'number', value: 12345678, decimals: 0 }],
  ['+3', { kind: 'number', value: 3, decimals: 0 }],
  ['-2', { kind: 'number', value: -2, decimals: 0 }],
  ['−2', { kind: 'number', value: -2, decimals: 0 }],
  ['－2', { kind: 'number', value: -2, decimals: 0 }],
  ['12.5万元', { kind: 'number', value: 12.5, decimals: 1 }],
  ['251000元', { kind: 'number', value: 251000, decimals: 0 }],
  ['0.00', { kind: 'number', value: 0, decimals: 2 }],
  ['100%', { kind: 'number', value: 100, decimals: 0 }],
  ['  7 个 ', { kind: 'number', value: 7, decimals: 0 }],
  ['\u00a05\u3000', { kind: 'number', value: 5, decimals: 0 }],
  ['3项', { kind: 'number', value: 3, decimals: 0 }],
  ['-0', { kind: 'number', value: 0, decimals: 0 }],
  ['', { kind: 'blank' }],
  ['   ', { kind: 'blank' }],
  ['空', { kind: 'blank' }],
  ['无', { kind: 'blank' }],
  ['/', { kind: 'blank' }],
  ['／', { kind: 'blank' }],
  ['-', { kind: 'blank' }],
  ['—', { kind: 'blank' }],
  ['–', { kind: 'blank' }],
  ['NA', { kind: 'blank' }],
  ['&nbsp;', { kind: 'blank' }],
  ['\u00a0', { kind: 'blank' }],
  ['约20', { kind: 'text', text: '约20' }],
  // Spaces are trimmed, never squeezed out: two numbers run together stay text.
  ['1 2', { kind: 'text', text: '1 2' }],
  ['3\n5', { kind: 'text', text: '3 5' }],
  ['N/A', { kind: 'text', text: 'N/A' }],
  ['二十', { kind: 'text', text: '二十' }],
  ['1.2.3', { kind: 'text', text: '1.2.3' }],
  ['件', { kind: 'text', text: '件' }],
  ['20左右', { kind: 'text', text: '20左右' }],
];

describe('parseCellValue (keys.md, Cell values)', () => {
  it.each(cases)('%j', (raw, expected) => {
    expect(parseCellValue(raw)).toEqual(expected);
  });
});
