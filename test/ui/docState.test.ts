import { describe, expect, it } from 'vitest';
import { importText } from '../../src/io';
import { migrateDoc } from '../../src/ui/state/docState';
import { sampleText } from '../support/youyang';

/** What IndexedDB held from an older page is read again, or set aside; never a blank page. */
describe('saved documents', () => {
  const tables = importText(sampleText()).tables;
  const v1 = {
    version: 1,
    source: { kind: 'file', name: '年报.txt', at: '2025-01-01T00:00:00.000Z' },
    tables,
    narrative: ['一、总体情况'],
    issues: [],
    templateOverride: null,
    edits: { 't3.new.natural': '61' },
    recognition: { build: 'x', override: null, templateId: 'gov-disclosure-2021', raw: {}, locations: {}, notes: [], unplaced: [], tables: [] },
  };

  it('a version-1 document becomes version 2 with its input and edits, its old recognition dropped', () => {
    const doc = migrateDoc(v1)!;
    expect(doc.version).toBe(2);
    expect(doc.tables).toBe(tables);
    expect(doc.edits).toEqual({ 't3.new.natural': '61' });
    expect(doc.reading).toBeUndefined();
    expect('recognition' in doc).toBe(false);
  });

  it('damaged or unknown shapes are refused (the page then starts empty with a message)', () => {
    expect(migrateDoc(null)).toBeNull();
    expect(migrateDoc({ version: 3, tables, edits: {}, source: v1.source })).toBeNull();
    expect(migrateDoc({ ...v1, tables: [{ rows: 'x' }] })).toBeNull();
    expect(migrateDoc({ ...v1, edits: null })).toBeNull();
  });
});
