import { expect, test } from './support/fixtures';
import { fixture } from './support/drafts-env';
import { sitemapUrls } from './support/sitemap';

/**
 * A hidden post (`hidden: true`, as hexo-hide-posts and the themes have it) is published: it answers
 * at its address, kept out of search engines, and is in no list, feed, sitemap or search result.
 */
const { hidden } = fixture;

test('a hidden article answers at its address with noindex, and no list, feed, sitemap or search shows it', async ({ page, request }) => {
  await page.goto(hidden.path);
  await expect(page.locator('h1')).toHaveText(hidden.title);
  await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', /noindex/);

  const lists = ['/', '/archives', '/categories', '/tags', '/authors/alice', `/categories/${encodeURIComponent('公开分类')}`, `/tags/${encodeURIComponent('公开标签')}`, `/search?q=${encodeURIComponent(hidden.marker)}`];
  const listed: string[] = [];
  for (const list of lists) {
    const response = await request.get(list);
    expect(response.status(), list).toBe(200);
    const html = await response.text();
    if (html.includes(`href="${hidden.path}"`)) listed.push(list);
  }
  // The published article beside it is listed: the lists above are the real ones.
  expect((await (await request.get(`/categories/${encodeURIComponent('公开分类')}`)).text())).toContain(fixture.published.path);
  for (const feed of ['/feed.xml', '/atom.xml', '/feed.json']) {
    if ((await (await request.get(feed)).text()).includes(hidden.path)) listed.push(feed);
  }
  if ((await sitemapUrls(request, '/sitemap.xml')).some((url) => new URL(url).pathname === hidden.path)) listed.push('/sitemap.xml');
  expect(listed).toEqual([]);
});
