import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { fixture, MARKER } from './support/drafts-env';
import { repoRoot } from './support/paths';

/**
 * The leak crawler: on a build with drafts and scheduled articles (tests/fixtures/drafts), nothing
 * a reader can fetch mentions them. It follows every link from the home page, reads the sitemap
 * and every feed, searches for the markers, and asks each page for its RSC payload too.
 */

const decoder = new TextDecoder();

/** Same-site paths linked from an HTML page or listed in XML/JSON (sitemap, feeds). */
function linksIn(body: string, base: string): string[] {
  const found = new Set<string>();
  for (const match of body.matchAll(/(?:href|src)="([^"]+)"|<loc>([^<]+)<\/loc>|"(?:url|id|home_page_url|feed_url)":\s*"([^"]+)"|<link[^>]*href="([^"]+)"/g)) {
    const raw = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').replaceAll('&amp;', '&');
    let url: URL;
    try {
      url = new URL(raw, base);
    } catch {
      continue;
    }
    if (url.origin !== new URL(base).origin && url.hostname !== 'localhost') continue;
    if (url.pathname.startsWith('/_next/') || url.pathname.startsWith('/api/auth/')) continue;
    found.add(url.pathname + url.search);
  }
  return [...found];
}

async function fetchText(request: APIRequestContext, target: string, headers: Record<string, string> = {}) {
  const response = await request.get(target, { headers, maxRedirects: 0 });
  return { status: response.status(), body: decoder.decode(await response.body()) };
}

test('no public page, feed, sitemap, search result or RSC payload mentions a draft or a scheduled article', async ({ request, baseURL }) => {
  test.setTimeout(240_000);
  const seeds = ['/', '/sitemap.xml', '/robots.txt', '/feed.xml', '/atom.xml', '/feed.json', '/categories', '/authors', '/tags', '/archives'];
  for (const marker of ['DRAFT-MARKER', 'SCHEDULED-MARKER', 'DRAFT-MARKER-A1', 'SCHEDULED-MARKER-D4', 'DRAFT-MARKER-CAT', 'DRAFT-MARKER-WRITER']) {
    seeds.push(`/search?q=${encodeURIComponent(marker)}`);
  }
  const queue = [...seeds];
  const seen = new Set<string>();
  const leaks: string[] = [];
  while (queue.length > 0) {
    const target = queue.shift()!;
    // The sitemap lists absolute URLs under SITE_URL; crawl their paths here.
    if (seen.has(target)) continue;
    seen.add(target);
    expect(seen.size, 'crawl stays bounded').toBeLessThan(400);
    const page = await fetchText(request, target);
    // Search result pages repeat the query they were given; the query is not a leak.
    const searched = new URL(target, baseURL).searchParams.get('q') ?? '';
    const body = searched ? page.body.replaceAll(searched, '').replaceAll(encodeURIComponent(searched), '').replaceAll(escapeHtml(searched), '') : page.body;
    if (MARKER.test(body)) leaks.push(`${target}: ${body.match(new RegExp(`.{0,60}${MARKER.source}.{0,40}`))?.[0]}`);
    if (page.status >= 300 && page.status < 400) continue;
    for (const link of linksIn(page.body, baseURL!)) if (!seen.has(link)) queue.push(link);
    // The payload a client-side navigation fetches instead of the HTML.
    if (page.status === 200 && !/\.(xml|json|txt)$/.test(new URL(target, baseURL).pathname)) {
      const rsc = await fetchText(request, target, { RSC: '1' });
      const rscBody = searched ? rsc.body.replaceAll(searched, '') : rsc.body;
      if (MARKER.test(rscBody)) leaks.push(`${target} (RSC): ${rscBody.match(new RegExp(`.{0,60}${MARKER.source}.{0,40}`))?.[0]}`);
    }
  }
  expect(seen.size, 'the crawl reached the site’s pages').toBeGreaterThan(20);
  expect([...seen].some((p) => p.startsWith('/articles/published')), 'the crawl reached the public article').toBe(true);
  expect(leaks).toEqual([]);
});

test('draft and scheduled article URLs answer 404 to readers, raw and percent-encoded', async ({ request }) => {
  for (const { slug } of [...Object.values(fixture.drafts), ...Object.values(fixture.scheduled)]) {
    for (const target of [`/articles/${slug}`, `/articles/${encodeURIComponent(slug)}`]) {
      const page = await fetchText(request, target);
      expect(page.status, target).toBe(404);
      expect(page.body).not.toMatch(MARKER);
      const rsc = await fetchText(request, target, { RSC: '1' });
      expect(rsc.body).not.toMatch(MARKER);
    }
  }
  // An author known only from a draft has no page; the published article's author lists one article.
  expect((await request.get('/authors/draft-marker-writer')).status()).toBe(404);
  const alice = await fetchText(request, '/authors/alice');
  expect(alice.body).toContain('1 篇文章');
});

test('the build output holds no draft or scheduled article’s text', () => {
  const dist = path.join(repoRoot, '.next-drafts');
  test.skip(!fs.existsSync(dist), 'the drafts build is not here');
  const leaks: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        // The build's own caches and the copied server bundle hold no rendered content.
        if (entry.name !== 'cache') walk(full);
      } else if (/\.(html|rsc|body|json|meta|segment\.rsc|xml|txt)$/.test(entry.name) && MARKER.test(fs.readFileSync(full, 'utf8'))) {
        leaks.push(path.relative(dist, full));
      }
    }
  };
  walk(path.join(dist, 'server', 'app'));
  expect(leaks).toEqual([]);
});

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
