import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { normalize, readSeed, seed } from './support/content';
import { expect, test } from './support/fixtures';

/** A word of the seed article's second section (after its `02` heading), in neither its title nor its excerpt. */
const WORD = '撮合';
const source = readSeed();
const seedTitle = normalize(source.title);

test.beforeAll(() => {
  const raw = fs.readFileSync(seed.file, 'utf8');
  const secondSection = raw.split(/<h2[^>]*>\s*02\s*<\/h2>/)[1] ?? '';
  expect(secondSection, 'the seed has a section headed 02').not.toBe('');
  expect(secondSection).toContain(WORD);
  expect(source.title).not.toContain(WORD);
  expect(raw.split(/<h2[^>]*>\s*01\s*<\/h2>/)[0]).not.toContain(WORD);
});

const results = (page: Page) => page.locator('main article');

/** Types `query` into the header's search field and submits it with Enter, as a reader would. */
async function searchFromHeader(page: Page, query: string) {
  await page.goto('/');
  const field = page.getByRole('banner').getByRole('searchbox', { name: '搜索文章' });
  await field.fill(query);
  await Promise.all([page.waitForURL(/\/search\?/), field.press('Enter')]);
}

async function expectSeedFound(page: Page) {
  expect(new URL(page.url()).searchParams.get('q')).toBe(WORD);
  const first = results(page).first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText(seedTitle);
  await expect(first.getByRole('link', { name: seedTitle })).toHaveAttribute('href', encodeURI(seed.path));
  const marks = first.locator('mark');
  await expect(marks.first()).toHaveText(WORD);
  // The snippet is the passage around the word, not the article's opening.
  await expect(first).toContainText(`${WORD}和中介`);
  // The page's own form shows the query, ready to refine.
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue(WORD);
}

test.describe('search with JavaScript', () => {
  test('from the header finds the seed article by a word of its body, with the word marked', async ({ page }) => {
    await searchFromHeader(page, WORD);
    await expectSeedFound(page);
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('from the header finds the seed article by a word of its body, with the word marked', async ({ page }) => {
    await searchFromHeader(page, WORD);
    await expectSeedFound(page);
  });

  test('the form on the results page searches again', async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent('不存在的词语组合')}`);
    const field = page.getByRole('main').getByRole('searchbox');
    await field.fill(WORD);
    await Promise.all([page.waitForURL((url) => url.searchParams.get('q') === WORD), page.getByRole('main').getByRole('button', { name: '搜索' }).click()]);
    await expectSeedFound(page);
  });
});

test('search pages ask search engines not to index them', async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent(WORD)}`);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page).toHaveTitle(new RegExp(`搜索“${WORD}”`));
});

test('an empty query shows a prompt and no results', async ({ page }) => {
  for (const path of ['/search', '/search?q=', '/search?q=%20%20']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('main')).toContainText('输入关键词');
    await expect(results(page)).toHaveCount(0);
  }
});

test('a query with no results suggests categories', async ({ page }) => {
  const response = await page.goto('/search?q=qwxzvbnm');
  expect(response?.status()).toBe(200);
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toContainText('没有找到与“qwxzvbnm”相关的文章');
  const suggestions = status.locator('a[href^="/categories/"]');
  expect(await suggestions.count()).toBeGreaterThan(0);
  await Promise.all([page.waitForURL(/\/categories\//), suggestions.first().click()]);
  await expect(page.locator('main article').first()).toBeVisible();
});

test('a 10,000-character query of markup and regex characters answers 200, safely', async ({ request }) => {
  // Mostly letters: percent-encoded, the address must stay under Node's 16 KB limit for request headers.
  const query = `<script>alert(1)</script>${'(regexes)*.+words[abc] '.repeat(1000)}`.slice(0, 10_000);
  expect(query).toHaveLength(10_000);
  const response = await request.get(`/search?q=${encodeURIComponent(query)}`);
  expect(response.status()).toBe(200);
  expect(await response.text()).not.toContain('<script>alert(1)</script>');
});

test('markup in a query is shown as text and matched as words', async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(page.getByRole('main').getByRole('status')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);

  await page.goto(`/search?q=${encodeURIComponent(`<b>${WORD}</b>`)}`);
  await expect(results(page).first().locator('mark').first()).toHaveText(WORD);
  await expect(page.locator('main article b')).toHaveCount(0);
});

test('a repeated or malformed query parameter still answers', async ({ request }) => {
  for (const path of [`/search?q=${encodeURIComponent(WORD)}&q=x`, '/search?q=%ED%A0%80', '/search?q=%E6%92']) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
  expect((await request.get(`/search?q=${encodeURIComponent(WORD)}&page=abc`)).status()).toBe(404);
  expect((await request.get(`/search?q=${encodeURIComponent(WORD)}&page=99`)).status()).toBe(404);
});

test.describe('at 360×740', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the header links to the search page, and results do not scroll sideways', async ({ page }) => {
    await page.goto('/');
    const link = page.getByRole('banner').getByRole('link', { name: '搜索', exact: true });
    await expect(link).toBeVisible();
    await Promise.all([page.waitForURL(/\/search$/), link.click()]);
    const field = page.getByRole('main').getByRole('searchbox');
    await field.fill(WORD);
    await Promise.all([page.waitForURL(/\/search\?q=/), field.press('Enter')]);
    await expect(results(page).first().locator('mark').first()).toHaveText(WORD);
    const width = await page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
  });
});
