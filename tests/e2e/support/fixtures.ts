import { test as base, expect, type Page } from '@playwright/test';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Every spec imports `test` from here:
 *  - the browser may only talk to the local test servers (article images point at remote hosts;
 *    those requests are aborted, never sent);
 *  - an uncaught exception in any page fails the test that caused it;
 *  - so does anything the site's Content-Security-Policy blocks: the policy must never break a page.
 */
export const test = base.extend<{ pageErrors: string[]; policyViolations: string[] }>({
  context: async ({ context }, use) => {
    await context.route(
      (url) => !(url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname)),
      (route) => route.abort('blockedbyclient'),
    );
    await use(context);
  },
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
      await use(errors);
      expect(errors, 'uncaught exceptions in the page').toEqual([]);
    },
    { auto: true },
  ],
  policyViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
      });
      await use(violations);
      expect(violations, 'requests or scripts the Content-Security-Policy blocked').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The main heading's text, whitespace-normalised. */
export async function h1Text(page: Page): Promise<string> {
  return ((await page.locator('h1').first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Heading links of the article cards on the current listing page: the link inside a card's
 * heading (or a link wrapping a heading), one per `<article>`.
 */
export async function cardLinks(page: Page): Promise<{ title: string; href: string }[]> {
  return page.locator('article').evaluateAll((cards) =>
    cards.flatMap((card) => {
      const link =
        card.querySelector<HTMLAnchorElement>('h1 a[href*="/articles/"], h2 a[href*="/articles/"], h3 a[href*="/articles/"], h4 a[href*="/articles/"]') ??
        [...card.querySelectorAll<HTMLAnchorElement>('a[href*="/articles/"]')].find((a) => a.querySelector('h1, h2, h3, h4'));
      if (!link) return [];
      return [{ title: (link.textContent ?? '').normalize('NFC').replace(/\s+/g, ' ').trim(), href: link.getAttribute('href') ?? '' }];
    }),
  );
}

/** Pagination links (`nav` named 分页) on the current page, as path + query. */
export async function paginationPaths(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: '分页', exact: true });
  if ((await nav.count()) === 0) return [];
  return nav.locator('a[href]').evaluateAll((links) =>
    links.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return url.pathname + url.search;
    }),
  );
}

export type ListedCard = { title: string; href: string; listing: string };

/**
 * Every card of a paginated listing: opens `start`, then every page its 分页 nav links to, until
 * no new page turns up. Each listing page must answer 200.
 */
export async function crawlListing(page: Page, start: string, maxPages = 100): Promise<ListedCard[]> {
  const requested = new Set<string>();
  const landed = new Set<string>();
  const queue = [start];
  const cards: ListedCard[] = [];
  const key = (p: string) => decodeURIComponent(p).normalize('NFC');
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (requested.has(key(next))) continue;
    requested.add(key(next));
    expect(requested.size, `more than ${maxPages} listing pages from ${start}`).toBeLessThanOrEqual(maxPages);
    const response = await page.goto(next);
    expect(response?.status(), `status of listing page ${next}`).toBe(200);
    // `/page/1` may redirect to `/`: count each page that is actually shown once.
    const final = new URL(page.url());
    const finalKey = key(final.pathname + final.search);
    if (landed.has(finalKey)) continue;
    landed.add(finalKey);
    cards.push(...(await cardLinks(page)).map((c) => ({ ...c, listing: next })));
    for (const link of await paginationPaths(page)) if (!requested.has(key(link))) queue.push(link);
  }
  return cards;
}
