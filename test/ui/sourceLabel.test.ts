import { describe, expect, it } from 'vitest';
import { sourceLabel } from '../../src/ui/i18n';

describe('the source shown in the status line', () => {
  it("the samples' names follow the language; a file's name stays as it came", () => {
    const sample = { kind: 'sample', name: '酉阳县 2021 年报（示例）' };
    expect(sourceLabel(sample, 'en')).toBe('Youyang county 2021 report (sample)');
    expect(sourceLabel({ kind: 'sample', name: 'Youyang county 2021 report (sample with one error)' }, 'zh')).toBe('酉阳县 2021 年报（示例：含一处错误）');
    expect(sourceLabel({ kind: 'file', name: '淮安市-2024.pdf' }, 'en')).toBe('淮安市-2024.pdf');
  });
});
