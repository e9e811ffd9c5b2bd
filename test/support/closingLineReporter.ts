import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one closing line `N passed, N failed` after vitest's own summary: CI reads this line.
 * A file that fails to load, or an error outside any test, counts as one failure; a skipped test
 * counts as a failure too, because the suite must never skip.
 */
export default class ClosingLineReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    for (const mod of testModules) {
      let tests = 0;
      for (const test of mod.children.allTests()) {
        tests++;
        const state = test.result().state;
        if (state === 'passed') passed++;
        else failed++;
      }
      if (tests === 0 || (mod.state() === 'failed' && mod.errors().length > 0)) failed++;
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  }
}
