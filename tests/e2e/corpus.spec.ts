import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { decodedPath, normalize, readCorpus } from './support/content';
import { crawlListing, expect, h1Text, test, type ListedCard } from './support/fixtures';
import { corpusSourceDir, serverLog } from './support/paths';

/**
 * The real corpus (66 scraped Hexo posts in nested Chinese-named folders, one post filed in two
 * folders). Expectations come from reading the files; URLs come from following the site's links.
 */
const corpus = readCorpus(corpusSourceDir);
const titles = [...new Set(corpus.map((e) => e.title))].sort();

/** The home listing, crawled once per worker. */
let listing: Promise<ListedCard[]> | undefined;
async function homeListing(page: Page): Promise<ListedCard[]> {
  listing ??= (async () => {
    const context = await page.context().browser()!.newContext({ baseURL: test.info().project.use.baseURL });
    try {
      return await crawlListing(await context.newPage(), '/');
    } finally {
      await context.close();
    }
  })();
  return listing;
}

test('the corpus on disk is what these tests expect', () => {
  expect(corpus.length).toBe(66);
  // One post is filed under both 最新文章 and 热门文章.
  expect(corpus.filter((e) => e.title === '00后断供大厂').map((e) => e.file.split(/[\\/]/).at(-2)).sort()).toEqual(['最新文章', '热门文章']);
  expect(titles.length).toBe(65);
});

test('the home listing, page by page, shows every corpus article exactly once', async ({ page }) => {
  const cards = await homeListing(page);
  const counts = new Map<string, number>();
  for (const card of cards) counts.set(card.title, (counts.get(card.title) ?? 0) + 1);
  const missing = titles.filter((t) => !counts.has(t));
  const repeated = [...counts].filter(([, n]) => n > 1).map(([t, n]) => `${t} ×${n}`);
  const unexpected = [...counts.keys()].filter((t) => !titles.includes(t));
  expect({ missing, repeated, unexpected }).toEqual({ missing: [], repeated: [], unexpected: [] });
  expect(cards).toHaveLength(titles.length);
  for (const card of cards) expect(decodedPath(card.href), `link of "${card.title}"`).toMatch(/^\/articles\/[^/]+$/);
  // Distinct articles have distinct addresses.
  expect(new Set(cards.map((c) => decodedPath(c.href))).size).toBe(cards.length);
});

test('the post filed in two folders is listed in both categories', async ({ page }) => {
  for (const category of ['/categories/新媒体/人人都是产品经理/最新文章', '/categories/新媒体/人人都是产品经理/热门文章']) {
    const cards = await crawlListing(page, category);
    expect(cards.map((c) => c.title), category).toContain('00后断供大厂');
    expect(cards.filter((c) => c.title === '00后断供大厂'), category).toHaveLength(1);
  }
});

for (const title of titles) {
  test(`article page: ${title}`, async ({ page }) => {
    const card = (await homeListing(page)).find((c) => c.title === title);
    expect(card, `"${title}" has a card on the home listing`).toBeDefined();
    const response = await page.goto(card!.href);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await h1Text(page)).toBe(normalize(title));
    await expect(page.locator('[data-testid="article-body"]')).toHaveCount(1);
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).not.toContain('Application error');
    expect(text).not.toContain('Unhandled Runtime Error');
    await expect(page.locator('nextjs-portal')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: '页面出错了' })).toHaveCount(0);
    // Previous / next / related: every article leads on to at least one other article.
    const others = await page.locator('a[href*="/articles/"]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const self = decodedPath(card!.href);
    expect(others.map(decodedPath).filter((p) => p !== self && /^\/articles\/[^/]+$/.test(p)).length, 'links to other articles').toBeGreaterThan(0);
  });
}

test('building the corpus reported no content errors', () => {
  const log = fs.readFileSync(serverLog('corpus'), 'utf8');
  expect(log, 'the corpus server log exists and is not empty').not.toBe('');
  const errors = log.split('\n').filter((line) => /^\s*error: /i.test(line));
  expect(errors).toEqual([]);
});
