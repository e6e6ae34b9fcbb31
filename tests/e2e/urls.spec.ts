import { encodePath, htmlHeadings, normalize, readSeed, seed } from './support/content';
import { expect, h1Text, test } from './support/fixtures';
import { rawGet, sharedCacheSeconds } from './support/http';

/**
 * Chinese URLs arrive in several spellings: raw (typed or pasted; the browser sends it encoded),
 * percent-encoded with upper-case hex (what browsers and most clients send) and with lower-case
 * hex (some crawlers, proxies and hand-written links). All of them must name the same page.
 */
const source = readSeed();

const pages = [
  { name: 'article', path: seed.path, h1: normalize(source.title) },
  { name: 'category', path: seed.categoryPath, h1: source.categories.at(-1)! },
  { name: 'author', path: seed.authorPath, h1: source.author },
];

for (const target of pages) {
  test.describe(`${target.name} ${target.path}`, () => {
    test('opens from the raw address', async ({ page }) => {
      const response = await page.goto(target.path);
      expect(response?.status()).toBe(200);
      expect(await h1Text(page)).toBe(target.h1);
    });

    for (const hexCase of ['upper', 'lower'] as const) {
      test(`answers 200 when percent-encoded with ${hexCase}-case hex`, async ({ baseURL }) => {
        const wire = encodePath(target.path, hexCase);
        if (/[^\x00-\x7f]/.test(target.path)) expect(wire, 'the test premise: the path is really encoded').not.toBe(target.path);
        const response = await rawGet(baseURL!, wire);
        expect(response.status, `GET ${wire}`).toBe(200);
        expect(htmlHeadings(response.body)).toEqual([target.h1]);
      });
    }
  });
}

const missing = [
  { name: 'unknown article', path: '/articles/这篇文章不存在' },
  { name: 'unknown article (ASCII)', path: '/articles/no-such-article' },
  { name: 'unknown category', path: '/categories/没有这个分类' },
  { name: 'unknown subcategory', path: `/categories/${source.categories[0]}/没有这个分类` },
  { name: 'unknown author', path: '/authors/nobody-by-this-name' },
  { name: 'page past the end', path: '/page/999' },
  { name: 'page that is not a number', path: '/page/abc' },
  { name: 'unknown top-level path', path: '/no-such-page' },
];

for (const target of missing) {
  test(`${target.name} ${target.path} answers 404 with the Chinese not-found page`, async ({ page }) => {
    const response = await page.goto(target.path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: '找不到这个页面' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    // Routes that render on request keep a 404 for minutes at most (revalidate = 300); the rest never.
    const cacheControl = response?.headers()['cache-control'];
    expect(sharedCacheSeconds(cacheControl), `cache-control of a 404: ${cacheControl}`).toBeLessThanOrEqual(300);
  });
}

test('a 404 for an article is 404 on the wire too, before any script runs', async ({ baseURL }) => {
  const response = await rawGet(baseURL!, encodePath('/articles/这篇文章不存在'));
  expect(response.status).toBe(404);
  expect(response.body).toContain('找不到这个页面');
  expect(sharedCacheSeconds(response.headers['cache-control']), `cache-control: ${response.headers['cache-control']}`).toBeLessThanOrEqual(300);
});
