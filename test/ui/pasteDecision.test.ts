import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decidePaste } from '../../src/ui/input/pasteDecision';

const oneCellHtml = '<html><body><!--StartFragment--><table><tr><td>约20</td></tr></table><!--EndFragment--></body></html>';
const rowHtml = '<table><tr><td>（一）予以公开</td><td>24</td><td>0</td></tr></table>';
const word = readFileSync(new URL('../fixtures/word-clipboard-table3.html', import.meta.url), 'utf8');

describe('what a paste becomes', () => {
  it('a report table becomes a new document, whether or not one is open', () => {
    expect(decidePaste(word, 'x', false).kind).toBe('table');
    expect(decidePaste(word, 'x', true).kind).toBe('table');
  });

  it('one cell, even wrapped in an HTML table as Excel puts it, goes into the grid when a document is open', () => {
    expect(decidePaste(oneCellHtml, '约20', true).kind).toBe('cells');
    expect(decidePaste('', '约20', true).kind).toBe('cells');
  });

  it('one labelled row goes into the grid too; with no document open it is loaded', () => {
    expect(decidePaste(rowHtml, '（一）予以公开\t24\t0', true).kind).toBe('cells');
    expect(decidePaste(rowHtml, '（一）予以公开\t24\t0', false).kind).toBe('table');
  });

  it('a block of bare numbers goes into the grid; a real table with labels is loaded', () => {
    expect(decidePaste('', '1\t2\n3\t4', true).kind).toBe('cells');
    expect(decidePaste('', '项目\t预算\n办公费\t10\n合计\t10', true).kind).toBe('table');
  });

  it('nothing usable is said to be empty', () => {
    expect(decidePaste('', '   ', true).kind).toBe('empty');
  });
});
