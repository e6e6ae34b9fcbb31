import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { seed } from './support/content';
import { expect, test } from './support/fixtures';
import { newLogin, signIn } from './support/reader';
import { trackRequests } from './support/network';

/**
 * axe on every kind of page a reader meets, whole, in both colour schemes, on a phone and on a
 * desktop: 0 violations. Signed in for the pages that need it (/me, /drafts).
 */
const pages: { name: string; path: string; signedIn?: boolean }[] = [
  { name: 'home', path: '/' },
  { name: 'article', path: encodeURI(seed.path) },
  { name: 'article with a table of contents, code and an outdated notice', path: `/articles/${encodeURIComponent('中文排版的细节')}` },
  { name: 'category', path: encodeURI(seed.categoryPath) },
  { name: 'author', path: seed.authorPath },
  { name: 'tag', path: `/tags/${encodeURIComponent('排版')}` },
  { name: 'tags', path: '/tags' },
  { name: 'archives', path: '/archives' },
  { name: 'search with results', path: `/search?q=${encodeURIComponent('去中心化')}` },
  { name: 'search without results', path: `/search?q=${encodeURIComponent('没有这样的文章zzz')}` },
  { name: 'me', path: '/me', signedIn: true },
  { name: 'login', path: '/login' },
  { name: 'drafts', path: '/drafts', signedIn: true },
  { name: 'tip page', path: seed.tipPath },
  { name: '404', path: '/no-such-page' },
];

async function open(page: Page, path: string) {
  const requests = trackRequests(page);
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(path === '/no-such-page' ? 404 : 200);
  // Islands (supporters, counts, the header's session) have answered.
  await requests.quiet();
}

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    test(`axe finds no violation on any page type, ${scheme} mode, ${width} px`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      const found: string[] = [];
      for (const { name, path, signedIn } of pages.filter((p) => !p.signedIn)) {
        await open(page, path);
        found.push(...(await axeViolations(page)).map((v) => `${name}: ${v}`));
      }
      await signIn(page, newLogin('a11y'), '/');
      for (const { name, path } of pages.filter((p) => p.signedIn)) {
        await open(page, path);
        found.push(...(await axeViolations(page)).map((v) => `${name}: ${v}`));
      }
      expect(found).toEqual([]);
    });
  }
}
