import type { Page } from '@playwright/test';
import { normalize, readSeed, seed } from './support/content';
import { autodiscoveryLinks, feedFiles, feedTypes, fetchFeed, htmlText, itemFor } from './support/feeds';
import { expect, test } from './support/fixtures';

/**
 * RSS, Atom and JSON feeds for the site, each category and each author, and the links that let
 * readers find them. Which category and author feeds exist is read from the pages' own links.
 */
const source = readSeed();
const siteFeeds = Object.keys(feedFiles).map((file) => `/${file}`);
const seedTitle = normalize(source.title);

/** Feed paths a page advertises, for each MIME type. */
async function advertised(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), `status of ${path}`).toBe(200);
  return autodiscoveryLinks(page);
}

for (const path of siteFeeds) {
  test(`site feed ${path} is well-formed, complete and carries the seed article in full`, async ({ request }) => {
    const feed = await fetchFeed(request, path);
    expect(feed.items.length).toBeGreaterThan(0);
    const item = itemFor(feed, seed.path);
    expect(item, `the seed article in ${path}`).toBeDefined();
    expect(normalize(item!.title)).toBe(seedTitle);
    // Full content: every paragraph of the body, with every image and link URL absolute.
    const text = normalize(htmlText(item!.html));
    for (const paragraph of source.paragraphs) expect(text).toContain(paragraph);
    expect(item!.html).toMatch(/<img /);
    for (const [, url] of item!.html.matchAll(/\s(?:src|href)="([^"]*)"/g)) expect(url, 'URL in the feed body').toMatch(/^https?:\/\//);
  });
}

test('the home page and the article page advertise the site feeds', async ({ page }) => {
  for (const path of ['/', seed.path]) {
    const links = await advertised(page, path);
    for (const file of siteFeeds) {
      const link = links.find((l) => l.path === file);
      expect(link, `${path} links ${file}`).toBeDefined();
      expect(link!.type).toBe(feedTypes[feedFiles[file.slice(1) as keyof typeof feedFiles]]);
      expect(link!.href, 'autodiscovery links are absolute').toMatch(/^https?:\/\//);
    }
  }
});

for (const kind of ['category', 'author'] as const) {
  test(`every ${kind} page advertises its own feeds and the site's, and its feeds are well-formed`, async ({ page, request }) => {
    const index = kind === 'category' ? '/categories' : '/authors';
    await page.goto(index);
    const prefix = kind === 'category' ? '/categories/' : '/authors/';
    const pages = [...new Set(await page.locator(`main a[href^="${prefix}"]`).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))];
    expect(pages.length, `${kind} pages linked from ${index}`).toBeGreaterThan(0);
    for (const path of pages) {
      const links = await advertised(page, path);
      for (const file of siteFeeds) expect(links.map((l) => l.path), `${path} links the site feed ${file}`).toContain(file);
      const own = links.filter((l) => !siteFeeds.includes(l.path));
      expect(own.map((l) => l.type).sort(), `${path} links its own feed in each format`).toEqual(Object.values(feedTypes).sort());
      for (const link of own) {
        // Category feeds sit beside, not inside, the category catch-all route.
        expect(link.path).toMatch(kind === 'category' ? /^\/feeds\/categories\/.+\/(feed\.xml|atom\.xml|feed\.json)$/ : /^\/feeds\/authors\/[^/]+\/(feed\.xml|atom\.xml|feed\.json)$/);
        await fetchFeed(request, link.path);
      }
    }
  });
}

test('the seed article is in its category’s feeds, at every level, and its author’s feeds', async ({ page, request }) => {
  const levels = seed.categoryPath.split('/').slice(2).map((_, i, segments) => `/categories/${segments.slice(0, i + 1).join('/')}`);
  for (const path of [...levels, seed.authorPath]) {
    const own = (await advertised(page, path)).filter((l) => !siteFeeds.includes(l.path));
    expect(own).toHaveLength(3);
    for (const link of own) {
      const feed = await fetchFeed(request, link.path);
      expect(normalize(itemFor(feed, seed.path)?.title), `the seed article in ${link.path}`).toBe(seedTitle);
    }
  }
});

test('an unknown category or format has no feed', async ({ request }) => {
  for (const path of ['/feeds/categories/没有这个分类/feed.xml', '/feeds/authors/woshipm/feed.txt', '/feeds/authors/nobody/atom.xml']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
