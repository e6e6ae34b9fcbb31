import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { rawGet, sharedCacheSeconds } from './support/http';
import { corpusPrerender, repoRoot } from './support/paths';

/**
 * A large site's build: the `corpus` server prerendered only the newest PRERENDER_ARTICLES articles
 * and PRERENDER_LIST_PAGES pages of each list. Everything else renders on its first request, is
 * kept in memory, and is then served from the cache; a made-up address is a 404 kept minutes at most.
 */
const dist = path.join(repoRoot, '.next-corpus');
const manifest = () => JSON.parse(fs.readFileSync(path.join(dist, 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> };
const builtArticles = () => Object.keys(manifest().routes).filter((route) => route.startsWith('/articles/') && !route.endsWith('/qr.svg'));

/** Article paths in home-listing order (newest first), read from the listing pages themselves. */
async function listedArticles(baseURL: string): Promise<string[]> {
  const paths: string[] = [];
  for (let page = 1; ; page++) {
    const response = await rawGet(baseURL, page === 1 ? '/' : `/page/${page}`);
    if (response.status === 404) return paths;
    expect(response.status, `/page/${page}`).toBe(200);
    for (const [, href] of response.body.matchAll(/<h2[^>]*><a href="(\/articles\/[^"#]+)"/g)) paths.push(href!);
  }
}

test('the build rendered the newest articles and the first list pages only', async ({ baseURL }) => {
  const listed = await listedArticles(baseURL!);
  expect(listed.length).toBeGreaterThan(60);
  // The manifest and the links may each percent-encode; compare the paths decoded.
  const built = builtArticles().map(decodeURIComponent);
  expect(built).toHaveLength(corpusPrerender.articles);
  expect(new Set(built)).toEqual(new Set(listed.slice(0, corpusPrerender.articles).map(decodeURIComponent)));
  const homePages = Object.keys(manifest().routes).filter((route) => /^\/page\/\d+$/.test(route));
  expect(homePages).toEqual(['/page/2']);
});

test('an older article renders on its first request with its full body, and is served from the cache after', async ({ baseURL }) => {
  const listed = await listedArticles(baseURL!);
  const older = listed.at(-1)!;
  const first = await rawGet(baseURL!, older);
  expect(first.status).toBe(200);
  expect(first.body).toContain('id="article-body"');
  expect(first.body).toMatch(/<div id="article-body"[^>]*>\s*<[a-z]/);
  const again = await rawGet(baseURL!, older);
  expect(again.status).toBe(200);
  expect(again.headers['x-nextjs-cache']).toBe('HIT');
  expect(again.body).toContain('id="article-body"');
});

test('a deep list page renders on request; a page past the end and a made-up article are 404s kept minutes at most, never on disk', async ({ baseURL }) => {
  const listed = await listedArticles(baseURL!);
  const last = Math.ceil(listed.length / 10);
  expect((await rawGet(baseURL!, `/page/${last}`)).status).toBe(200);
  for (const target of [`/page/${last + 1}`, '/articles/made-up-address', `/articles/${encodeURIComponent('编造的文章')}`]) {
    const response = await rawGet(baseURL!, target);
    expect(response.status, target).toBe(404);
    expect(sharedCacheSeconds(response.headers['cache-control']), target).toBeLessThanOrEqual(300);
  }
  // Kept in memory only: nothing is written into the build folder at run time.
  const kept = fs.readdirSync(path.join(dist, 'server', 'app', 'articles')).filter((name) => name.includes('made-up') || name.includes('编造'));
  expect(kept).toEqual([]);
});
