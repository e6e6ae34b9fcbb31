import { loadContent } from '../../lib/content/load';
import type { ArticleMeta } from '../../lib/content/types';
import { readHexoSite } from '../../lib/hexo/config';
import { expect, test } from './support/fixtures';
import { servedHexoSiteDir } from './support/paths';

/**
 * The 版权声明 follows the theme config (Butterfly's post_copyright on the served site; how each
 * theme's settings read is unit-tested on all four sites, in hexo-urls.test.ts).
 */
async function articles(): Promise<ArticleMeta[]> {
  const index = await loadContent({ contentDir: servedHexoSiteDir, articlesDir: '', timeZone: 'Asia/Shanghai', hexo: await readHexoSite(servedHexoSiteDir) });
  return [...index.bySlug.values()];
}

test('the 版权声明 under an article follows the theme config and the article’s own `copyright:`', async ({ page }) => {
  const all = (await articles()).filter((a) => !a.hidden && !a.draft);
  const site = await readHexoSite(servedHexoSiteDir);
  const butterfly = (site.themeConfig.post_copyright as { enable?: boolean } | undefined)?.enable === true;
  expect(all.slice(0, 5).some((article) => article.copyright ?? butterfly), 'the served site shows the notice').toBe(true);
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
