import type { FullConfig, FullResult, Reporter, Suite, TestCase } from '@playwright/test/reporter';

/**
 * Prints an unmistakable summary after the list reporter's output, ending with the plain
 * `e2e: N passed, N failed` line that CI logs are read for, e.g.
 *   E2E RESULT: FAILED — 61 passed, 3 failed, 0 flaky, 1 skipped, 0 did not run (65 tests)
 *   e2e: 61 passed, 3 failed, 1 skipped
 */
export default class SummaryReporter implements Reporter {
  private suite?: Suite;

  onBegin(_config: FullConfig, suite: Suite) {
    this.suite = suite;
  }

  onEnd(result: FullResult) {
    const counts = { passed: 0, failed: 0, flaky: 0, skipped: 0, notRun: 0 };
    const tests = this.suite?.allTests() ?? [];
    for (const test of tests) {
      if (test.results.length === 0) {
        counts.notRun++;
        continue;
      }
      const outcome = test.outcome();
      if (outcome === 'expected') counts.passed++;
      else if (outcome === 'skipped') counts.skipped++;
      else if (outcome === 'flaky') counts.flaky++;
      else counts.failed++;
    }
    // `--list` runs nothing and succeeds: there is nothing to summarise.
    if (result.status === 'passed' && counts.notRun === tests.length) return;
    const ok = result.status === 'passed' && counts.failed === 0 && counts.notRun === 0;
    console.log(
      `\nE2E RESULT: ${ok ? 'PASSED' : `FAILED (run status: ${result.status})`} — ${counts.passed} passed, ` +
        `${counts.failed} failed, ${counts.flaky} flaky, ${counts.skipped} skipped, ${counts.notRun} did not run ` +
        `(${tests.length} tests)`,
    );
    console.log(`e2e: ${counts.passed} passed, ${counts.failed + counts.flaky + counts.notRun} failed, ${counts.skipped} skipped`);
  }
}
