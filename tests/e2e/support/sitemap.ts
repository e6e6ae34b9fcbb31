import type { APIRequestContext } from '@playwright/test';
import { childNamed, childrenNamed, parseXml } from '../../support/xml';
import { expect } from './fixtures';

/** The URLs a sitemap lists; a sitemap index is followed to each of its sitemaps. */
export async function sitemapUrls(request: APIRequestContext, path: string): Promise<string[]> {
  const response = await request.get(path);
  expect(response.status(), `status of ${path}`).toBe(200);
  expect(response.headers()['content-type'], `content type of ${path}`).toMatch(/^application\/xml\b/);
  const root = parseXml(await response.text());
  const locs = (tag: string) => childrenNamed(root, tag).map((el) => childNamed(el, 'loc').text.trim());
  if (root.name === 'sitemapindex') {
    const files = locs('sitemap');
    expect(files.length, `sitemaps listed in ${path}`).toBeGreaterThan(0);
    // Listed under SITE_URL, which need not be the test server: fetch each by its path.
    return (await Promise.all(files.map((url) => sitemapUrls(request, new URL(url).pathname)))).flat();
  }
  expect(root.name).toBe('urlset');
  return locs('url');
}
