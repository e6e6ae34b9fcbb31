import type { Page } from '@playwright/test';
import { decodedPath, normalize, readSeed, seed } from './support/content';
import { crawlListing, expect, test } from './support/fixtures';
import { sitemapUrls } from './support/sitemap';

/** Titles, descriptions, canonical URLs, Open Graph, JSON-LD, robots.txt and the sitemap. */
const source = readSeed();

const meta = (page: Page, attribute: 'name' | 'property', key: string) => page.locator(`head meta[${attribute}="${key}"]`).getAttribute('content');

type BlogPosting = { datePublished: string; dateModified: string; author: { url: string }; image: string[] };
type WebSite = { name: string; potentialAction: { target: { urlTemplate: string } } };

/** Every JSON-LD block of the page, parsed. */
async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').evaluateAll((els) => els.map((el) => el.textContent ?? ''));
  return blocks.map((block) => JSON.parse(block) as Record<string, unknown>);
}

test('robots.txt lets every crawler in, keeps tip pages out and points at the sitemap', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const lines = (await response.text()).split('\n').map((l) => l.trim());
  expect(lines).toContain('User-Agent: *');
  expect(lines).toContain('Allow: /');
  expect(lines).toContain('Disallow: /authors/*/tip');
  const sitemaps = lines.filter((l) => l.startsWith('Sitemap: ')).map((l) => l.slice('Sitemap: '.length));
  expect(sitemaps).toHaveLength(1);
  expect(sitemaps[0]).toMatch(/^https?:\/\/[^/]+\/sitemap\.xml$/);
});

test('the sitemap lists every article of the home listing, every category and author, and nothing else', async ({ page, request }) => {
  const urls = await sitemapUrls(request, '/sitemap.xml');
  for (const url of urls) expect(url, 'sitemap URLs are absolute').toMatch(/^https?:\/\//);
  const paths = urls.map(decodedPath);
  expect(new Set(paths).size, 'no URL listed twice').toBe(paths.length);

  const listed = (await crawlListing(page, '/')).map((card) => decodedPath(card.href));
  expect(listed).toContain(seed.path);
  expect(paths.filter((p) => p.startsWith('/articles/')).sort()).toEqual([...listed].sort());

  for (const index of ['/categories', '/authors']) {
    await page.goto(index);
    const linked = await page.locator(`main a[href^="${index}/"]`).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(linked.length).toBeGreaterThan(0);
    for (const href of linked) expect(paths, `${index} page ${decodedPath(href)}`).toContain(decodedPath(href));
  }
  expect(paths).toEqual(expect.arrayContaining(['/', '/categories', '/authors', seed.categoryPath, seed.authorPath]));
  expect(paths.filter((p) => p.endsWith('/tip'))).toEqual([]);
});

const pages = [
  { name: 'home', path: '/' },
  { name: 'category index', path: '/categories' },
  { name: 'category', path: seed.categoryPath },
  { name: 'author index', path: '/authors' },
  { name: 'author', path: seed.authorPath },
  { name: 'tip page', path: seed.tipPath },
  { name: 'article', path: seed.path },
];

for (const target of pages) {
  test(`${target.name} ${target.path} has a title, a description, its own absolute canonical URL and Open Graph`, async ({ page }) => {
    expect((await page.goto(target.path))?.status()).toBe(200);
    expect(await page.title()).toMatch(/阅读$/);
    expect(normalize(await meta(page, 'name', 'description'))).not.toBe('');
    const canonical = (await page.locator('head link[rel="canonical"]').getAttribute('href')) ?? '';
    expect(canonical).toMatch(/^https?:\/\/[^/]+/);
    expect(decodedPath(canonical)).toBe(target.path);
    expect(await meta(page, 'property', 'og:url')).toBe(canonical);
    expect(normalize(await meta(page, 'property', 'og:title'))).not.toBe('');
    expect(normalize(await meta(page, 'property', 'og:description'))).not.toBe('');
    expect(await meta(page, 'name', 'twitter:card')).toMatch(/^summary/);
  });
}

test.describe('the seed article', () => {
  test.beforeEach(async ({ page }) => {
    expect((await page.goto(seed.path))?.status()).toBe(200);
  });

  test('is described as an article by Open Graph and Twitter', async ({ page }) => {
    expect(await page.title()).toBe(`${normalize(source.title)} · 阅读`);
    expect(await meta(page, 'property', 'og:title')).toBe(normalize(source.title));
    expect(await meta(page, 'property', 'og:type')).toBe('article');
    expect(new Date((await meta(page, 'property', 'article:published_time')) ?? '').toISOString()).toBe(new Date(source.date).toISOString());
    expect(await meta(page, 'property', 'article:section')).toBe(source.categories[0]);
    expect(await meta(page, 'property', 'og:image')).toMatch(/^https?:\/\/.+\.jpg$/);
    expect(await meta(page, 'name', 'twitter:card')).toBe('summary_large_image');
  });

  test('has BlogPosting JSON-LD naming its author, and a BreadcrumbList of its category path', async ({ page }) => {
    const blocks = await jsonLd(page);
    const posting = blocks.find((b) => b['@type'] === 'BlogPosting') as BlogPosting | undefined;
    expect(posting, 'a BlogPosting block').toBeDefined();
    const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
    expect(posting).toMatchObject({
      '@context': 'https://schema.org',
      headline: normalize(source.title),
      author: { '@type': 'Person', name: '人人都是产品经理' },
      mainEntityOfPage: { '@id': canonical },
      publisher: { name: '阅读' },
    });
    expect(new Date(posting!.datePublished).toISOString()).toBe(new Date(source.date).toISOString());
    expect(posting!.dateModified).toBeTruthy();
    expect(decodedPath(posting!.author.url)).toBe(seed.authorPath);
    expect(posting!.image[0]).toMatch(/^https?:\/\//);

    const breadcrumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList') as { itemListElement: { position: number; name: string; item: string }[] } | undefined;
    expect(breadcrumbs, 'a BreadcrumbList block').toBeDefined();
    const crumbs = breadcrumbs!.itemListElement;
    expect(crumbs.map((c) => c.position)).toEqual(crumbs.map((_, i) => i + 1));
    expect(crumbs.slice(1, -1).map((c) => c.name)).toEqual(source.categories);
    expect(decodedPath(crumbs.at(-2)!.item)).toBe(seed.categoryPath);
    expect(decodedPath(crumbs.at(-1)!.item)).toBe(seed.path);
  });
});

test('the home page has WebSite JSON-LD with a search action', async ({ page }) => {
  await page.goto('/');
  const website = (await jsonLd(page)).find((b) => b['@type'] === 'WebSite') as WebSite | undefined;
  expect(website, 'a WebSite block').toBeDefined();
  expect(website!.name).toBe('阅读');
  expect(website!.potentialAction).toMatchObject({ '@type': 'SearchAction', 'query-input': 'required name=search_term_string' });
  expect(website!.potentialAction.target.urlTemplate).toMatch(/^https?:\/\/[^/]+\/search\?q=\{search_term_string\}$/);
});
