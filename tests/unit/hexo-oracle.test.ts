import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleHref } from '@/lib/content/href';
import { loadContent, resolveOldUrl, type ContentIndex } from '@/lib/content/load';
import { readHexoSite } from '@/lib/hexo/config';
import { HEXO_SITES, hexoOracle, hexoSitesDir, WRITERS_ZONE, type HexoOracle } from '../support/hexo-oracle';

/**
 * Hexo is the oracle: for each real site, the posts Hexo publishes and every address it generates,
 * as the `hexo` package itself computes them, against what the site makes of the same folder.
 */
const loaded = new Map<string, Promise<{ hexo: HexoOracle; index: ContentIndex }>>();
function both(site: string): Promise<{ hexo: HexoOracle; index: ContentIndex }> {
  if (!loaded.has(site)) loaded.set(site, read(site));
  return loaded.get(site)!;
}

async function read(site: string): Promise<{ hexo: HexoOracle; index: ContentIndex }> {
  const dir = path.join(hexoSitesDir, site);
  const [hexo, config] = await Promise.all([hexoOracle(dir), readHexoSite(dir)]);
  const index = await loadContent({ contentDir: dir, articlesDir: path.join(dir, 'source', '_posts'), timeZone: WRITERS_ZONE, hexo: config, now: new Date('2100-01-01T00:00:00Z') });
  return { hexo, index };
}

const posix = (file: string) => file.split(path.sep).join('/');
/** The forms an old address reaches the site in: as linked, with `index.html`, percent-encoded. */
const forms = (route: string) => {
  const page = route.replace(/(^|\/)index\.html$/, '$1');
  return [`/${page}`, `/${page.endsWith('/') || page === '' ? `${page}index.html` : page}`, `/${page.split('/').map(encodeURIComponent).join('/')}`];
};

describe.each(HEXO_SITES)('%s, moved in', { timeout: 60_000 }, (site) => {
  it('builds every post Hexo publishes, and only those, refusing none', async () => {
    const { hexo, index } = await both(site);
    const ours = new Map([...index.bySlug.values()].map((a) => [posix(a.file), a]));
    expect([...ours.keys()].sort()).toEqual(hexo.posts.map((p) => p.source).sort());
    expect(index.unpublished.map((a) => posix(a.file)).sort()).toEqual([...hexo.drafts].sort());
    expect(index.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('knows every post by the path Hexo gave it, and sends that address to the post', async () => {
    const { hexo, index } = await both(site);
    const bySource = new Map([...index.bySlug.values()].map((a) => [posix(a.file), a]));
    for (const post of hexo.posts) {
      const article = bySource.get(post.source)!;
      expect(article.oldPath, post.source).toBe(post.path);
      for (const form of forms(post.path)) expect(resolveOldUrl(index, form), form).toBe(articleHref(article.slug));
    }
  });

  it('has a new address for every list, archive and page number Hexo generated, and every page', async () => {
    const { hexo, index } = await both(site);
    const files = new Set(hexo.files);
    const postPaths = new Set(hexo.posts.map((p) => p.path));
    const pages = hexo.routes.filter((r) => !files.has(r) && !postPaths.has(r.replace(/index\.html$/, '')));
    expect(pages.length).toBeGreaterThan(10);
    for (const route of pages) {
      for (const form of forms(route)) expect(resolveOldUrl(index, form), form).toMatch(/^\//);
    }
  });

  it('publishes every file Hexo copies or keeps beside a post, at the same address', async () => {
    const { hexo, index } = await both(site);
    for (const file of hexo.files) expect(index.siteFiles[file], file).toBeDefined();
  });
});
