import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { blogLists, formatRoute, hexoOracle, hexoUrlPath, publishedPosts, type HexoOracle, type HexoOracleList } from '../support/hexo-oracle.js';
import { expect, test } from './support/fixtures';
import { servedHexoSiteDir } from './support/paths';

/**
 * A real Hexo blog moved in as it is (project `hexo`: one of the sites in ../shared/hexo-sites,
 * served with HEXO_DIR): every address the blog had still leads somewhere. Hexo is the oracle: the
 * `hexo` package itself says where each post, list, page and file lived
 * (tests/support/hexo-oracle.mjs), never our own code.
 *
 *  - every post's address answers 308, and where it points answers 200 with the post's title;
 *  - every list Hexo generated (home, archives, categories, tags, every page number) answers 308 to
 *    a page that answers 200 and shows the first post the blog showed on it;
 *  - every file Hexo published (source/ files, post asset folders) answers 200 at the same address
 *    (one without an extension, such as CNAME, after one 308 to /site-files/),
 *    with its content type and its bytes;
 *  - every page (about/ …) answers 200 at its address or 308 to one that does;
 *  - on every article, each of the site's own images answers 200 with an image and has its width and
 *    height in the HTML (remote images cannot be fetched or measured here: the tests have no network).
 *
 * The unit tests (hexo-oracle.test.ts, hexo-render-oracle.test.ts) hold all four sites against Hexo
 * without a server; this proves the same over HTTP, through the proxy, on the one served.
 */

const hexo: HexoOracle = await hexoOracle(servedHexoSiteDir);

const POSTS_PER_TEST = 30;
const LISTS_PER_TEST = 50;
const FILES_PER_TEST = 100;

const posts = publishedPosts(hexo).sort((a, b) => (a.source < b.source ? -1 : 1));

/** The items split into chunks of `size`, one test each (two workers share them). */
function chunks<T>(items: T[], size: number): { label: string; items: T[] }[] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => ({ label: `${i * size + 1}–${Math.min(items.length, (i + 1) * size)}`, items: items.slice(i * size, (i + 1) * size) }));
}

/** Text as it reads in HTML: tags and comments out, entities decoded, whitespace collapsed. */
function readable(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, entity: string) => {
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
      if (entity[0] !== '#') return named[entity.toLowerCase()]!;
      return String.fromCodePoint(entity[1]?.toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
    })
    .normalize('NFC')
    .replace(/\s+/g, ' ');
}
const shows = (html: string, title: string) => readable(html).includes(title.normalize('NFC').replace(/\s+/g, ' ').trim());

type Hop = { status: number; location?: string };
/**
 * One request, redirects not followed; `location` resolved against the server (a path when it stays
 * there). Location is a single-value header: a response with several is a problem of its own
 * (clients join them into one broken address), reported in `wrong`; the first is followed.
 */
async function hop(request: APIRequestContext, target: string, wrong: string[]): Promise<Hop> {
  const response = await request.get(target, { maxRedirects: 0, failOnStatusCode: false });
  const headers = response.headersArray().filter((h) => h.name.toLowerCase() === 'location').map((h) => h.value);
  if (headers.length > 1) wrong.push(`${target}: ${headers.length} Location headers (${headers.join(' | ')})`);
  if (!headers[0]) return { status: response.status() };
  const base = new URL(test.info().project.use.baseURL!);
  const location = new URL(headers[0], base);
  return { status: response.status(), location: location.origin === base.origin ? location.pathname + location.search : location.href };
}

/** The pages redirects lead to, fetched once each per test. */
function targets(request: APIRequestContext) {
  const seen = new Map<string, Promise<{ status: number; html: string }>>();
  return (location: string) => {
    if (!seen.has(location)) {
      seen.set(
        location,
        request.get(location, { maxRedirects: 0, failOnStatusCode: false }).then(async (r) => ({ status: r.status(), html: await r.text() })),
      );
    }
    return seen.get(location)!;
  };
}

test('Hexo read this site: posts, lists and routes', async () => {
  expect(posts.length).toBeGreaterThan(10);
  expect(hexo.routes).toContain('index.html');
  expect(hexo.missing, 'published posts or pages Hexo generated no route for').toEqual([]);
});

for (const chunk of chunks(posts, POSTS_PER_TEST)) {
  test(`posts ${chunk.label}: each old address answers 308 to its article, which shows its title and its images`, async ({ request }) => {
    const fetchTarget = targets(request);
    const images = new Map<string, Promise<string | undefined>>();
    const wrong: string[] = [];
    for (const post of chunk.items) {
      const forms = [...new Set([hexoUrlPath(hexo, post.path), hexoUrlPath(hexo, post.path, 'index.html')])];
      for (const from of forms) {
        const { status, location } = await hop(request, from, wrong);
        if (status !== 308 || !location) {
          wrong.push(`${from} (${post.source}): ${status}${location ? ` → ${location}` : ''}, not 308`);
          continue;
        }
        if (!/^\/articles\/[^/?#]+$/.test(location)) wrong.push(`${from} (${post.source}): 308 → ${location}, not an article`);
        const target = await fetchTarget(location);
        if (target.status !== 200) wrong.push(`${from} (${post.source}): 308 → ${location}, which answers ${target.status}`);
        else if (post.title && !shows(target.html, post.title)) wrong.push(`${from} (${post.source}): 308 → ${location}, which does not show "${post.title}"`);
        else {
          checkRendering(location, target.html, wrong);
          await checkImages(request, location, target.html, wrong, images);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
}

/**
 * The article reads as its author wrote it: one <h1> (the title; the body's own headings moved down),
 * no tag plugin's `{% %}` and no raw `$…$` in the text outside code, every code block highlighted.
 */
function checkRendering(at: string, html: string, wrong: string[]) {
  const h1s = html.match(/<h1\b/g)?.length ?? 0;
  if (h1s !== 1) wrong.push(`${at}: ${h1s} <h1> elements`);
  const prose = readable(html.replace(/<(pre|code|script|style)\b[\s\S]*?<\/\1>/g, ' '));
  const marker = /\{%|%\}/.exec(prose);
  if (marker) wrong.push(`${at}: shows a tag marker: "${prose.slice(Math.max(0, marker.index - 40), marker.index + 40)}"`);
  const math = /\$(?=[^$\s])[^$<]{1,80}(?<=\S)\$/.exec(prose);
  if (math && html.includes('class="katex')) wrong.push(`${at}: shows raw math "${math[0]}" beside typeset math`);
  for (const [pre] of html.matchAll(/<pre\b[^>]*>/g)) {
    if (!/\sdata-language="/.test(pre) && !/class="diagram-source"/.test(pre)) wrong.push(`${at}: a code block is not highlighted: ${pre}`);
  }
}

/**
 * Every image of the site's own on a page answers 200 with an image, and has its width and height in
 * the HTML (measured at build time). Remote images are left alone: the tests have no network.
 */
async function checkImages(request: APIRequestContext, at: string, html: string, wrong: string[], loaded: Map<string, Promise<string | undefined>>) {
  const base = new URL(test.info().project.use.baseURL!);
  for (const [tag] of html.matchAll(/<img\b[^>]*>/g)) {
    const src = /\ssrc="([^"]*)"/.exec(tag)?.[1]?.replace(/&amp;/g, '&');
    if (!src || src.startsWith('data:')) continue;
    const url = new URL(src, base);
    if (url.origin !== base.origin) continue;
    if (!/\swidth="\d+"/.test(tag) || !/\sheight="\d+"/.test(tag)) wrong.push(`${at}: the image ${src} has no width or height`);
    if (!loaded.has(url.pathname)) {
      loaded.set(
        url.pathname,
        request.get(url.pathname, { failOnStatusCode: false }).then((r) => (r.status() === 200 && /^image\//.test(r.headers()['content-type'] ?? '') ? undefined : `${r.status()} ${r.headers()['content-type']}`)),
      );
    }
    const problem = await loaded.get(url.pathname);
    if (problem) wrong.push(`${at}: the image ${src} answers ${problem}`);
  }
}

for (const chunk of chunks(hexo.lists, LISTS_PER_TEST)) {
  test(`lists ${chunk.label}: each answers 308 to a page that shows the post the blog showed first there`, async ({ request }) => {
    const fetchTarget = targets(request);
    // What each list showed on the blog (without the posts hexo-hide-posts hid there).
    const shown = new Map<string, HexoOracleList>(blogLists(hexo).map((list) => [list.path, list]));
    const titleOf = new Map(hexo.posts.map((post) => [post.source, post.title]));
    const hidden = new Set(hexo.posts.filter((post) => post.hidden).map((post) => post.source));
    const wrong: string[] = [];
    for (const list of chunk.items) {
      const expected = shown.get(list.path)?.posts.filter((source) => !hidden.has(source) && titleOf.get(source))[0];
      const check = async (from: string, target: { status: number; html: string }, via: string) => {
        if (target.status !== 200) wrong.push(`${from}: ${via} answers ${target.status}`);
        else if (expected && !shows(target.html, titleOf.get(expected)!)) wrong.push(`${from}: ${via} does not show "${titleOf.get(expected)}" (${expected}), first on it on the blog`);
      };
      if (list.path === 'index.html') {
        // The home page is the home page.
        const from = hexoUrlPath(hexo, list.path);
        await check(from, await fetchTarget(from), 'the home page');
        continue;
      }
      for (const from of [hexoUrlPath(hexo, list.path), hexoUrlPath(hexo, list.path, 'index.html')]) {
        const { status, location } = await hop(request, from, wrong);
        if (status !== 308 || !location) wrong.push(`${from}: ${status}${location ? ` → ${location}` : ''}, not 308`);
        else await check(from, await fetchTarget(location), `308 → ${location}`);
      }
    }
    expect(wrong).toEqual([]);
  });
}

/** The content type each kind of file must be sent with. */
const CONTENT_TYPES: Record<string, RegExp> = {
  '.png': /^image\/png\b/,
  '.jpg': /^image\/jpeg\b/,
  '.jpeg': /^image\/jpeg\b/,
  '.gif': /^image\/gif\b/,
  '.webp': /^image\/webp\b/,
  '.svg': /^image\/svg\+xml\b/,
  '.ico': /^image\/(x-icon|vnd\.microsoft\.icon)\b/,
  '.avif': /^image\/avif\b/,
  '.bmp': /^image\/(bmp|x-ms-bmp)\b/,
  '.pdf': /^application\/pdf\b/,
  '.txt': /^text\/plain\b/,
  '.md': /^text\/(markdown|plain)\b/,
  '.json': /^application\/json\b/,
  '.xml': /^(application|text)\/xml\b/,
  '.css': /^text\/css\b/,
  '.js': /^(text|application)\/javascript\b/,
  '.mp4': /^video\/mp4\b/,
  '.mp3': /^audio\/mpeg\b/,
  '.zip': /^application\/(zip|x-zip-compressed)\b/,
};

for (const chunk of chunks(hexo.assets, FILES_PER_TEST)) {
  test(`files ${chunk.label}: each answers 200 at the same address, with its type and bytes`, async ({ request }) => {
    const wrong: string[] = [];
    for (const file of chunk.items) {
      const at = hexoUrlPath(hexo, file.path);
      let response = await request.get(at, { maxRedirects: 0, failOnStatusCode: false });
      // A file without an extension (CNAME) is one permanent redirect away, under /site-files/.
      // Next sends the first answer of a kept redirect with its Location twice (joined here by a comma).
      const location = response.headers()['location']?.split(', ')[0];
      if (!path.extname(file.path) && response.status() === 308 && location && new URL(location, 'http://x').pathname === `/site-files${at}`) {
        response = await request.get(location, { maxRedirects: 0, failOnStatusCode: false });
      }
      if (response.status() !== 200) {
        wrong.push(`${at}: ${response.status()}${response.headers()['location'] ? ` → ${response.headers()['location']}` : ''}`);
        continue;
      }
      const type = response.headers()['content-type'] ?? '';
      const expected = CONTENT_TYPES[path.extname(file.path).toLowerCase()];
      if (expected ? !expected.test(type) : !type) wrong.push(`${at}: content-type "${type}"`);
      if (!file.source) continue;
      const original = fs.readFileSync(path.join(servedHexoSiteDir, hexo.config.source_dir, file.source));
      const body = await response.body();
      if (file.path === 'robots.txt') {
        // Its rules come first, before the site's own.
        const rules = original.toString('utf8').split(/\r?\n/).map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
        const sent = body.toString('utf8');
        for (const rule of rules) if (!sent.includes(rule)) wrong.push(`${at}: the rule "${rule}" is missing`);
      } else if (!body.equals(original)) {
        wrong.push(`${at}: ${body.length} bytes, not the ${original.length} of ${file.source}`);
      }
    }
    expect(wrong).toEqual([]);
  });
}

test('pages (about/ and the like) answer 200, or 308 to a page that does', async ({ request }) => {
  const fetchTarget = targets(request);
  const wrong: string[] = [];
  for (const page of hexo.pages) {
    for (const from of [...new Set([hexoUrlPath(hexo, page.path), hexoUrlPath(hexo, page.path, 'index.html')])]) {
      const { status, location } = await hop(request, from, wrong);
      if (status === 200) continue;
      if (status !== 308 || !location) wrong.push(`${from} (${page.source}): ${status}${location ? ` → ${location}` : ''}`);
      else if ((await fetchTarget(location)).status !== 200) wrong.push(`${from} (${page.source}): 308 → ${location}, which answers ${(await fetchTarget(location)).status}`);
    }
  }
  expect(wrong).toEqual([]);
});

test("every route Hexo generated is one of the above: a post, a list, a page or a file", () => {
  const covered = new Set([...hexo.posts.map((p) => formatRoute(p.path)), ...hexo.lists.map((l) => l.path), ...hexo.pages.map((p) => p.path), ...hexo.assets.map((a) => a.path)]);
  expect(hexo.routes.filter((route) => !covered.has(route))).toEqual([]);
});
