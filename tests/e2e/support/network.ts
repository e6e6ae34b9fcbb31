import type { Page, Request } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Follows the requests `page` makes from now on, so a spec can wait until none has been in flight
 * for a while: the page's islands (supporters, counts, the header's session) have answered.
 * Playwright's own waitForLoadState('networkidle') can wait forever when a request starts and ends
 * around the new document's domcontentloaded (Playwright issue 42598, seen here after signing in),
 * so the requests are counted here. Start it before the navigation whose requests count.
 */
export function trackRequests(page: Page): { quiet(options?: { quietMs?: number; timeout?: number }): Promise<void> } {
  const inFlight = new Set<Request>();
  let lastChange = Date.now();
  const started = (request: Request) => {
    inFlight.add(request);
    lastChange = Date.now();
  };
  const ended = (request: Request) => {
    inFlight.delete(request);
    lastChange = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    async quiet({ quietMs = 500, timeout = 30_000 } = {}) {
      try {
        await expect
          .poll(() => (inFlight.size === 0 && Date.now() - lastChange >= quietMs ? 'quiet' : [...inFlight].map((r) => r.url())), { timeout, intervals: [100] })
          .toBe('quiet');
      } finally {
        page.off('request', started);
        page.off('requestfinished', ended);
        page.off('requestfailed', ended);
      }
    },
  };
}
