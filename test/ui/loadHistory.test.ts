import { describe, expect, it } from 'vitest';
import { LoadHistory } from '../../src/ui/state/loadHistory';

describe('the documents a load replaced', () => {
  it('Ctrl+Z brings back the one replaced last, Ctrl+Y the one taken back; a new load forgets that', () => {
    const h = new LoadHistory<string>(3);
    expect(h.canGoBack).toBe(false);
    h.replace(null); // loading into an empty page replaces nothing
    expect(h.canGoBack).toBe(false);
    h.replace('A'); // B loaded over A
    h.replace('B'); // C loaded over B
    expect(h.isLast('B')).toBe(true);
    expect(h.back('C')).toBe('B');
    expect(h.back('B')).toBe('A');
    expect(h.back('A')).toBeUndefined();
    expect(h.forward('A')).toBe('B');
    h.replace('B'); // D loaded over B: C cannot come forward any more
    expect(h.forward('D')).toBeUndefined();
  });

  it('keeps at most its limit, the oldest dropped', () => {
    const h = new LoadHistory<number>(2);
    for (const d of [1, 2, 3]) h.replace(d);
    expect(h.back(4)).toBe(3);
    expect(h.back(3)).toBe(2);
    expect(h.back(2)).toBeUndefined();
  });
});
