import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleHref } from '@/lib/content/href';
import { loadContent, resolveOldUrl, type ContentIndex } from '@/lib/content/load';
import type { ArticleMeta } from '@/lib/content/types';
import { readHexoSite } from '@/lib/hexo/config';
import { blogLists, formatRoute, hexoOracle, hexoSiteDir, hexoSiteNames, listRoutes, publishedPosts, WRITERS_ZONE, type HexoOracle, type HexoSiteName } from '../support/hexo-oracle.js';

/**
 * Hexo is the oracle: for each of the four real Hexo sites (../shared/hexo-sites), what the `hexo`
 * package itself publishes (tests/support/hexo-oracle.mjs) against what the site makes of the same
 * folder: the same posts, each knowing the path it had, and a new address for every address Hexo
 * generated.
 */

type Both = { hexo: HexoOracle; index: ContentIndex; bySource: Map<string, ArticleMeta> };
const loaded = new Map<HexoSiteName, Promise<Both>>();
const both = (name: HexoSiteName) => {
  if (!loaded.has(name)) loaded.set(name, read(name));
  return loaded.get(name)!;
};

async function read(name: HexoSiteName): Promise<Both> {
  const dir = hexoSiteDir(name);
  const [hexo, site] = await Promise.all([hexoOracle(dir), readHexoSite(dir)]);
  const index = await loadContent({
    contentDir: dir,
    articlesDir: path.join(dir, 'source', '_posts'),
    timeZone: site.timezone ?? WRITERS_ZONE,
    hexo: site,
  });
  // Every article the site builds, public (hidden ones too) or not, by its file under the source folder.
  const bySource = new Map([...index.bySlug.values(), ...index.unpublished].map((a) => [posix(a.file), a]));
  return { hexo, index, bySource };
}

const posix = (file: string) => file.split(path.sep).join('/');

/**
 * The spellings an address Hexo generated reaches the site in: as Hexo links it (`a/b/`), with
 * `index.html`, percent-encoded in upper and in lower case.
 */
function spellings(route: string): string[] {
  const linked = `/${route.replace(/(^|\/)index\.html$/, '$1')}`;
  const encoded = linked
    .split('/')
    .map((part) => encodeURIComponent(part))
    .join('/');
  return [...new Set([linked, `/${formatRoute(route)}`, encoded, encoded.replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())])];
}

/** Every spelling of each route that resolveOldUrl does not know. */
function unresolved(index: ContentIndex, routes: string[]): string[] {
  return routes.flatMap((route) => spellings(route).filter((form) => resolveOldUrl(index, form) === undefined));
}

describe.each(hexoSiteNames)('Hexo site %s, moved in', { timeout: 120_000 }, (name) => {
  it('Hexo reads it: posts with paths, lists, routes', async () => {
    const { hexo } = await both(name);
    expect(publishedPosts(hexo).length).toBeGreaterThan(10);
    expect(hexo.posts.every((p) => p.path && p.source.match(/^_(posts|drafts)\//))).toBe(true);
    expect(hexo.routes).toContain('index.html');
    expect(hexo.missing, 'published posts or pages Hexo made no route for').toEqual([]);
  });

  it('builds every post Hexo publishes, and only those, refusing none', async () => {
    const { hexo, index, bySource } = await both(name);
    const published = publishedPosts(hexo).map((p) => p.source);
    const ours = [...index.bySlug.values()].map((a) => posix(a.file));
    expect(ours.sort()).toEqual([...published].sort());
    // Hexo's drafts (`_drafts`, `published: false`) are drafts here: built, on no public page.
    for (const draft of hexo.posts.filter((p) => !p.published)) {
      expect(bySource.get(draft.source)?.draft, `${draft.source} is a draft`).toBe(true);
      expect(index.bySlug.has(bySource.get(draft.source)!.slug), `${draft.source} is not public`).toBe(false);
    }
    const isPublished = (file: string) => published.some((source) => posix(file) === source || posix(file).endsWith(`/${source}`));
    expect(index.problems.filter((p) => p.severity === 'error' && isPublished(p.file))).toEqual([]);
  });

  it("knows where Hexo published each post (oldPath is Hexo's path)", async () => {
    const { hexo, bySource } = await both(name);
    const wrong = hexo.posts
      .filter((post) => bySource.get(post.source)?.oldPath !== post.path)
      .map((post) => ({ source: post.source, hexo: post.path, ours: bySource.get(post.source)?.oldPath ?? '(no article)' }));
    expect(wrong).toEqual([]);
  });

  it("sends every post's old address, in every spelling, to the post", async () => {
    const { hexo, index, bySource } = await both(name);
    const wrong: { from: string; to: string | undefined; expected: string }[] = [];
    for (const post of publishedPosts(hexo)) {
      const article = bySource.get(post.source);
      if (!article) continue; // reported by the test above
      const expected = articleHref(article.slug);
      for (const form of spellings(formatRoute(post.path))) {
        const to = resolveOldUrl(index, form);
        if (to !== expected) wrong.push({ from: form, to, expected });
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has a new address for every category and tag page Hexo generated', async () => {
    const { hexo, index } = await both(name);
    expect(unresolved(index, hexo.categories.map((c) => formatRoute(c.path)))).toEqual([]);
    expect(unresolved(index, hexo.tags.map((t) => formatRoute(t.path)))).toEqual([]);
  });

  it('has a new address for every list Hexo generated: home and archive pages, page numbers of every list', async () => {
    const { hexo, index } = await both(name);
    const lists = listRoutes(hexo);
    expect(lists.some((route) => route.startsWith(`${hexo.config.archive_dir}/`))).toBe(true);
    expect(unresolved(index, lists)).toEqual([]);
  });

  it("sends Hexo's home page N to the page here that shows the same posts", async () => {
    const { hexo, index, bySource } = await both(name);
    const pageSize = index.oldUrls!.pageSize;
    const wrong: { from: string; to: string | undefined; hexoShowed: string[]; weShow: string[] }[] = [];
    for (const list of blogLists(hexo).filter((l) => l.kind === 'index')) {
      const to = resolveOldUrl(index, `/${list.path}`);
      const page = to === '/' ? 1 : Number(/^\/page\/(\d+)$/.exec(to ?? '')?.[1]);
      const weShow = index.homeArticles.slice((page - 1) * pageSize, page * pageSize).map((a) => a.slug);
      const first = list.posts[0] && bySource.get(list.posts[0])?.slug;
      if (!first || !weShow.includes(first)) wrong.push({ from: list.path, to, hexoShowed: list.posts, weShow });
    }
    expect(wrong).toEqual([]);
  });

  it('publishes every file Hexo copies or keeps beside a post, at the same address', async () => {
    const { hexo, index } = await both(name);
    const wrong = hexo.assets.filter((asset) => index.siteFiles[asset.path] !== asset.source).map((asset) => ({ ...asset, ours: index.siteFiles[asset.path] }));
    expect(wrong).toEqual([]);
  });

  it("has an address for every page of the blog's (about/ and the like)", async () => {
    const { hexo, index } = await both(name);
    expect(unresolved(index, hexo.pages.map((page) => page.path))).toEqual([]);
  });
});
