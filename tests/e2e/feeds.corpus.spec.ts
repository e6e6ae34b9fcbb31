import { site } from '../../lib/site';
import { decodedPath, normalize, readCorpus } from './support/content';
import { autodiscoveryLinks, feedFiles, fetchFeed } from './support/feeds';
import { crawlListing, expect, test } from './support/fixtures';
import { corpusSourceDir } from './support/paths';
import { sitemapUrls } from './support/sitemap';

/** Feeds and the sitemap built from the 66 real posts (65 articles). */
const titles = new Set(readCorpus(corpusSourceDir).map((e) => e.title));
const feedSize = site.feed.size;

for (const file of Object.keys(feedFiles)) {
  test(`the site feed /${file} is well-formed and carries the ${feedSize} newest real posts`, async ({ request }) => {
    const feed = await fetchFeed(request, `/${file}`);
    expect(feed.items).toHaveLength(Math.min(feedSize, titles.size));
    for (const item of feed.items) expect(titles.has(normalize(item.title)), `"${item.title}" is a corpus title`).toBe(true);
    expect(new Set(feed.items.map((i) => decodedPath(i.url))).size, 'no article twice').toBe(feed.items.length);
  });
}

test('every category feed is well-formed', async ({ page, request }) => {
  await page.goto('/categories');
  const categories = [...new Set(await page.locator('main a[href^="/categories/"]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))];
  expect(categories.length).toBeGreaterThan(3);
  for (const path of categories) {
    await page.goto(path);
    const own = (await autodiscoveryLinks(page)).filter((l) => l.path.startsWith('/feeds/categories/'));
    expect(own, `feeds of ${decodedPath(path)}`).toHaveLength(3);
    for (const link of own) {
      const feed = await fetchFeed(request, link.path);
      expect(feed.items.length, link.path).toBeGreaterThan(0);
    }
  }
});

test('the sitemap lists every article of the home listing', async ({ page, request }) => {
  const listed = (await crawlListing(page, '/')).map((card) => decodedPath(card.href));
  expect(listed).toHaveLength(titles.size);
  const articles = (await sitemapUrls(request, '/sitemap.xml')).map(decodedPath).filter((p) => p.startsWith('/articles/'));
  expect(articles.sort()).toEqual(listed.sort());
});
