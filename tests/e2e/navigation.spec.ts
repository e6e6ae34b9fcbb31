import type { Page } from '@playwright/test';
import path from 'node:path';
import { countInCategory, decodedPath, normalize, readSeed, seed } from './support/content';
import { contentDir } from './support/paths';
import { cardLinks, expect, h1Text, paginationPaths, test } from './support/fixtures';

const source = readSeed();
const title = normalize(source.title);

/** The seed's card on the current listing, following 分页 links if it is on a later page. */
async function openSeedCard(page: Page) {
  const visited = new Set<string>();
  for (;;) {
    visited.add(decodedPath(page.url()));
    const cards = await cardLinks(page);
    if (cards.some((c) => c.title === title)) break;
    const next = (await paginationPaths(page)).find((p) => !visited.has(decodedPath(p)));
    expect(next, `the seed card "${title}" is on no page of this listing (last: ${page.url()})`).toBeDefined();
    await page.goto(next!);
  }
  const card = page.locator('article').filter({ has: page.locator('a[href*="/articles/"]', { hasText: title }) });
  await expect(card).toHaveCount(1);
  await card.locator('a[href*="/articles/"]', { hasText: title }).first().click();
  await expect(page).toHaveURL((url) => decodedPath(url.href) === seed.path);
  expect(await h1Text(page)).toBe(title);
}

test('home → article → category → article → author, by clicking links', async ({ page }) => {
  await page.goto('/');
  await openSeedCard(page);

  // The last breadcrumb step is the article's own category.
  const crumbs = page.getByRole('navigation', { name: '分类路径', exact: true }).locator('a[href*="/categories/"]');
  await crumbs.last().click();
  await expect(page).toHaveURL((url) => decodedPath(url.href) === seed.categoryPath);
  expect(await h1Text(page)).toBe(source.categories.at(-1));
  await openSeedCard(page);

  await page.locator('a[rel~="author"]').first().click();
  await expect(page).toHaveURL((url) => decodedPath(url.href) === seed.authorPath);
  expect(await h1Text(page)).toBe(source.author);
  await openSeedCard(page);

  // The header always leads home.
  await page.getByRole('banner').locator('a[href="/"]').first().click();
  await expect(page).toHaveURL((url) => new URL(url.href).pathname === '/');
});

test('the category list links to the seed category, with article counts', async ({ page }) => {
  await page.goto('/categories');
  await expect(page.locator('h1')).toHaveCount(1);
  const link = page.locator('main a[href*="/categories/"]').filter({ hasText: source.categories.at(-1)! });
  const hrefs = await link.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.map(decodedPath)).toContain(seed.categoryPath);
  // The tree shows how many articles each category holds.
  const expected = countInCategory(path.join(contentDir, 'articles'), source.categories);
  expect(expected).toBeGreaterThan(0);
  const entryText = await link.first().evaluate((a) => (a.closest('li') ?? a.parentElement ?? a).textContent ?? '');
  expect(entryText, 'the seed category entry shows its article count').toMatch(new RegExp(`(^|\\D)${expected}(\\D|$)`));
  await link.first().click();
  await expect(page).toHaveURL((url) => decodedPath(url.href) === seed.categoryPath);
  await openSeedCard(page);
});

test('a parent category links to its subcategory and lists the seed too', async ({ page }) => {
  const parent = '/categories/' + source.categories.slice(0, -1).join('/');
  const response = await page.goto(parent);
  expect(response?.status()).toBe(200);
  expect(await h1Text(page)).toBe(source.categories.at(-2));
  const sub = page.locator('main a[href*="/categories/"]').filter({ hasText: source.categories.at(-1)! });
  const hrefs = await sub.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.map(decodedPath)).toContain(seed.categoryPath);
  await openSeedCard(page);
});

test('the author list links to the seed author', async ({ page }) => {
  await page.goto('/authors');
  await expect(page.locator('h1')).toHaveCount(1);
  const link = page.locator(`main a[href="${seed.authorPath}"]`).first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL((url) => decodedPath(url.href) === seed.authorPath);
  expect(await h1Text(page)).toBe(source.author);
});

test('an article entered by client-side navigation still shows its body (the page reloads once for it)', async ({ page }) => {
  await page.goto('/');
  const paragraph = normalize(readSeed().paragraphs[0]!);
  // The site links with plain <a>; the router is driven directly, as a future <Link> would.
  await page.evaluate((target) => (window as unknown as { next: { router: { push(href: string): void } } }).next.router.push(target), seed.path);
  await expect(page).toHaveURL((url) => decodedPath(url.pathname) === seed.path);
  await expect(page.getByTestId('article-body')).toContainText(paragraph.slice(0, 20));
});
