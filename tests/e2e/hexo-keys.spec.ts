import path from 'node:path';
import { loadContent } from '../../lib/content/load';
import type { ArticleMeta } from '../../lib/content/types';
import { readHexoSite } from '../../lib/hexo/config';
import { expect, test } from './support/fixtures';
import { hexoSiteDir, hexoSiteOfProject } from './support/paths';
import { sitemapUrls } from './support/sitemap';

/**
 * Front-matter keys the themes honour, on the real sites that use them: `hidden` posts (suyu's
 * hexo-hide-posts) are at their address and in no list; the 版权声明 follows the theme config
 * (Butterfly's post_copyright on for CCLMSY, NexT's creative_commons.post off for suyu).
 */
async function articles(project: string): Promise<ArticleMeta[]> {
  const dir = hexoSiteDir(hexoSiteOfProject(project));
  const index = await loadContent({ contentDir: dir, articlesDir: '', timeZone: 'Asia/Shanghai', hexo: await readHexoSite(dir) });
  return [...index.bySlug.values()];
}

const pathOf = (url: string) => decodeURIComponent(new URL(url).pathname);

test('a hidden post answers at its old and new address, kept out of search engines, and is in no list, feed or sitemap', async ({ page, request }, testInfo) => {
  const all = await articles(testInfo.project.name);
  const hidden = all.filter((a) => a.hidden);
  test.skip(hidden.length === 0, 'this site has no hidden posts');
  const listed = new Set<string>();
  for (const list of ['/', '/page/2', '/archives', '/tags', '/categories']) {
    await page.goto(list);
    for (const href of await page.locator('main a[href^="/articles/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) listed.add(decodeURIComponent(href));
  }
  const sitemap = new Set((await sitemapUrls(request, '/sitemap.xml')).map(pathOf));
  const feed = await (await request.get('/feed.xml')).text();
  expect(listed.size).toBeGreaterThan(10);
  for (const article of hidden) {
    const href = `/articles/${article.slug}`;
    const moved = await request.get(`/${article.oldPath}`, { maxRedirects: 0 });
    expect(moved.status(), article.oldPath).toBe(308);
    expect(decodeURIComponent(moved.headers().location!)).toMatch(new RegExp(`${href}$`));
    await page.goto(href);
    await expect(page.locator('h1')).toHaveText(article.title);
    await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    expect(listed.has(href), `${href} listed`).toBe(false);
    expect(sitemap.has(href), `${href} in the sitemap`).toBe(false);
    expect(feed.includes(encodeURI(href)) || feed.includes(href), `${href} in the feed`).toBe(false);
  }
});

test('the 版权声明 under an article follows the theme config and the article’s own `copyright:`', async ({ page }, testInfo) => {
  const all = (await articles(testInfo.project.name)).filter((a) => !a.hidden && !a.draft);
  const site = await readHexoSite(hexoSiteDir(hexoSiteOfProject(testInfo.project.name)));
  const butterfly = (site.themeConfig.post_copyright as { enable?: boolean } | undefined)?.enable === true;
  for (const article of all.slice(0, 5)) {
    await page.goto(`/articles/${encodeURIComponent(article.slug)}`);
    const notice = page.getByTestId('copyright');
    const shown = article.copyright ?? butterfly;
    await expect(notice).toHaveCount(shown ? 1 : 0);
    if (!shown) continue;
    await expect(notice).toContainText(article.author.name);
    await expect(notice.getByRole('link', { name: 'CC BY-NC-SA 4.0' })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by-nc-sa/4.0/');
    await expect(notice).toContainText(`/articles/${article.slug}`);
  }
});
