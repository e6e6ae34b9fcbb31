import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { HEAD_SCRIPT_ID } from '../../lib/head-script';
import { auditDocument, visitAndAudit, watchDialogs } from './support/xss-audit';
import { xssVectors } from './support/xss-vectors.mjs';

/**
 * Content that attacks. The `xss` server's articles carry every vector of
 * tests/fixtures/xss-vectors.json in the body (body-NNN) and in the title, description, author,
 * category, tag, cover and an image's alt and URL (meta-NNN); see support/xss-content.mjs. In
 * Chromium, on every article page, on the lists and on one author, category and tag page (every
 * other one they lead to is audited as the server sends it, parsed into a document that runs nothing):
 *  - no script of theirs runs: no dialog opens and `window.__xss` stays unset;
 *  - nothing dangerous is left in the DOM: no `on*` attribute, no javascript:, vbscript: or
 *    data:text/html URL, no srcdoc, no frame, plugin, <base> or refresh, and no script but the
 *    site's own (Next.js's chunks and payload, the theme script, JSON-LD that parses as JSON).
 * Feeds, JSON-LD and page metadata carry the vectors as text.
 */

const number = (i: number) => String(i).padStart(3, '0');
const articlePaths = xssVectors.flatMap((_, i) => [`/articles/body-${number(i)}`, `/articles/meta-${number(i)}`]);

test(`the corpus holds at least 150 vectors (${xssVectors.length})`, () => {
  expect(xssVectors.length).toBeGreaterThanOrEqual(150);
  expect(new Set(xssVectors).size).toBe(xssVectors.length);
});

const CHUNKS = 12;
for (let chunk = 0; chunk < CHUNKS; chunk++) {
  const paths = articlePaths.filter((_, i) => i % CHUNKS === chunk);
  test(`article pages ${chunk + 1}/${CHUNKS}: no vector runs or survives (${paths.length} pages)`, async ({ page }) => {
    test.setTimeout(120_000);
    const dialogs = watchDialogs(page);
    const problems: string[] = [];
    for (const path of paths) problems.push(...(await visitAndAudit(page, path, dialogs)));
    expect(problems).toEqual([]);
  });
}

/** The lists among them: every vector's article is on one of these, and they are opened in Chromium. */
const LISTS = new Set(['/', '/page/2', '/categories', '/tags', '/authors', '/archives', `/search?q=${encodeURIComponent('alert')}`, `/search?q=${encodeURIComponent('<script>')}`]);

/** Every page the metadata articles link to from their header (author, breadcrumbs, tags), and the lists. */
async function readLinkedPages(request: APIRequestContext): Promise<string[]> {
  const targets = new Set<string>(LISTS);
  for (let i = 0; i < xssVectors.length; i++) {
    const html = await (await request.get(`/articles/meta-${number(i)}`)).text();
    const header = /<header class="mb-8[\s\S]*?<\/header>/.exec(html)?.[0] ?? '';
    for (const [, href] of header.matchAll(/href="(\/[^"]*)"/g)) targets.add(href!.replaceAll('&amp;', '&'));
  }
  return [...targets].sort();
}

test('the author, category and tag pages the vectors name are clean too: every one as the server sends it, the lists and one of each kind in Chromium', async ({ page, request }) => {
  test.setTimeout(180_000);
  const targets = await readLinkedPages(request);
  expect(targets.length).toBeGreaterThan(xssVectors.length);
  // Parsed as the server sends them, into documents that run nothing: what a script could come from.
  // The names on these pages are rendered by the same components as on the lists and the articles,
  // which Chromium runs below and in the article tests, so one page of each kind is enough there.
  await page.goto('/');
  const problems: string[] = [];
  for (let i = 0; i < targets.length; i += 20) {
    const paths = targets.slice(i, i + 20);
    const htmls = await Promise.all(
      paths.map(async (path) => {
        const response = await request.get(path);
        expect(response.status(), path).toBe(200);
        return response.text();
      }),
    );
    const found = await auditHtml(page, htmls, { siteScripts: true, headScriptId: HEAD_SCRIPT_ID });
    problems.push(...found.map(({ index, problem }) => `${decodeURIComponent(paths[index]!)}: ${problem}`));
  }
  const oneOfEach = ['/authors/', '/categories/', '/tags/'].map((kind) => targets.find((path) => path.startsWith(kind))!);
  const dialogs = watchDialogs(page);
  for (const path of [...LISTS, ...oneOfEach]) problems.push(...(await visitAndAudit(page, path, dialogs)));
  expect(problems).toEqual([]);
});

test('page metadata holds the vectors as text: one <title>, nothing injected into <head>', async ({ page }) => {
  for (const i of [0, 9, 27, 60, 96, 112]) {
    await page.goto(`/articles/meta-${number(i)}`);
    const head = await page.evaluate(() => ({
      titles: document.querySelectorAll('title').length,
      title: document.title,
      tags: [...new Set(Array.from(document.head.children, (el) => el.tagName.toLowerCase()))].sort(),
      description: document.querySelector('meta[name="description"]')?.getAttribute('content'),
    }));
    expect(head.titles, `meta-${number(i)}`).toBe(1);
    expect(head.title.replace(/\s+/g, ' ')).toContain(xssVectors[i]!.trim().replace(/\s+/g, ' ').slice(0, 30));
    expect(head.tags.filter((tag) => !['link', 'meta', 'script', 'style', 'title'].includes(tag))).toEqual([]);
    expect(head.description).toBeTruthy();
  }
});

/**
 * Audits HTML text (a whole page, or a feed item's content) in the page, parsed into documents that
 * run nothing; each problem with the index of the HTML it was found in.
 */
function auditHtml(page: Page, htmls: string[], options = { siteScripts: false, headScriptId: '' }): Promise<{ index: number; problem: string }[]> {
  return page.evaluate(
    ({ htmls, audit, options }) => {
      // The audit reads `document` and `location`; here they are the parsed document and the page's.
      const run = new Function('document', 'location', 'options', `return (${audit})(options)`) as (d: Document, l: Location, o: typeof options) => string[];
      return htmls.flatMap((html, index) => run(new DOMParser().parseFromString(html, 'text/html'), location, options).map((problem) => ({ index, problem })));
    },
    { htmls, audit: auditDocument.toString(), options },
  );
}

test('the feeds are well-formed and carry the vectors as text, their HTML clean', async ({ page, request }) => {
  await page.goto('/');
  for (const feed of ['/feed.xml', '/atom.xml']) {
    const xml = await (await request.get(feed)).text();
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const error = doc.querySelector('parsererror')?.textContent ?? null;
      const titles = Array.from(doc.querySelectorAll('item > title, entry > title'), (el) => el.textContent ?? '');
      const bodies = Array.from(doc.querySelectorAll('item > description, item > encoded, entry > content, entry > summary'), (el) => el.textContent ?? '');
      return { error, titles, bodies };
    }, xml);
    expect(parsed.error, feed).toBeNull();
    expect(parsed.titles.some((title) => xssVectors.includes(title)), `${feed} carries a vector as a title`).toBe(true);
    expect(parsed.bodies.length, feed).toBeGreaterThan(0);
    expect(await auditHtml(page, parsed.bodies), feed).toEqual([]);
  }
  const json = (await (await request.get('/feed.json')).json()) as { items: { title: string; content_html?: string; summary?: string }[] };
  expect(json.items.some((item) => xssVectors.includes(item.title))).toBe(true);
  expect(await auditHtml(page, json.items.map((item) => item.content_html ?? item.summary ?? ''))).toEqual([]);
});

test('the broken files beside the articles are left out or published as Hexo would, and every article was built', async ({ request }) => {
  // support/xss-content.mjs writes them. Bad YAML, not UTF-8 and an MDX body that throws: left out.
  for (const slug of ['broken-yaml', 'broken-gbk', 'broken-throws']) {
    expect((await request.get(`/articles/${slug}`)).status(), slug).toBe(404);
  }
  // No title and a day that does not exist: published, as Hexo publishes them.
  expect(await (await request.get('/articles/broken-no-title')).text()).toContain('no-title');
  expect((await request.get('/articles/broken-date')).status()).toBe(200);
  // A file claimed this article's slug; the article keeps it, the other is published beside it.
  expect(await (await request.get('/articles/body-000')).text()).toContain('正文向量 000');
  expect(await (await request.get('/articles/broken-same-slug')).text()).toContain('另一篇');
  const archives = await (await request.get('/archives')).text();
  expect(archives.match(/href="\/articles\/(?:body|meta)-\d{3}"/g)?.length).toBe(articlePaths.length);
});
