// Page weight, measured in Chromium as a reader's browser loads the page: the HTML (raw and gzip),
// every script the page loads (gzip), and the number of requests. The floor is the same figures for
// the smallest App Router page with one client component (blank-app/), built with the same Next.js
// and served the same way in the same run.
//
//   npm run bench -- weight [--articles 10000]
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { ARTICLE_BODY_ID } from '@/components/article-body';
import { COMMENTS_ID } from '@/components/comments/comments-section';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/e2e/support/chromium';
import { withFloorPage } from './floor-page';
import { ratio, type Report } from './report';
import type { RunningServer } from './servers';
import { BENCH_PAGES, withBenchSite } from './site';

type PageWeight = {
  page: string;
  'HTML bytes': number;
  'HTML gzip': number;
  'JS gzip': number;
  scripts: number;
  requests: number;
  /** The article body's own HTML, gzip: the floor for an article page's HTML. */
  'body HTML gzip'?: number;
};

const gzip = (data: Buffer | string) => gzipSync(data).length;

async function measurePage(url: string, name: string, bodySelector?: string): Promise<PageWeight> {
  const html = Buffer.from(await (await fetch(url)).arrayBuffer());
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const scripts: Promise<number>[] = [];
    let requests = 0;
    const origin = new URL(url).origin;
    page.on('request', (request) => {
      if (request.url().startsWith(origin)) requests++;
    });
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body().then(gzip, () => 0));
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    const body = bodySelector ? await page.locator(bodySelector).evaluate((el) => el.outerHTML) : undefined;
    const js = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
    return {
      page: name,
      'HTML bytes': html.length,
      'HTML gzip': gzip(html),
      'JS gzip': js,
      scripts: scripts.length,
      requests,
      ...(body ? { 'body HTML gzip': gzip(body) } : {}),
    };
  } finally {
    await browser.close();
  }
}

/**
 * A long article of the generated site that takes comments (the seed's front matter closes them):
 * its comments section is far below the first screen, so its page loads as an article read
 * without opening the comments does. Looked for among the home page's newest articles and on.
 */
async function commentedArticle(siteUrl: string): Promise<string | undefined> {
  for (let page = 1; page <= 20; page++) {
    const list = await (await fetch(`${siteUrl}${page === 1 ? '/' : `/page/${page}`}`)).text();
    for (const [, href] of list.matchAll(/<a href="(\/articles\/[^"#]+)"/g)) {
      const html = await (await fetch(siteUrl + href)).text();
      if (html.includes(`id="${COMMENTS_ID}"`) && html.length > 60_000) return href!;
    }
  }
  return undefined;
}

export async function measureWeights(site: RunningServer, report: Report): Promise<void> {
  const floor = await withFloorPage((url) => measurePage(url, 'blank page (floor)'));
  const article = await measurePage(site.url + BENCH_PAGES.article, 'seed article', `#${ARTICLE_BODY_ID}`);
  const home = await measurePage(site.url + BENCH_PAGES.home, 'home');
  const commented = await commentedArticle(site.url);
  if (commented) console.log(`article with comments: ${decodeURIComponent(commented)}`);
  const withComments = commented ? [await measurePage(site.url + commented, 'article with comments, not opened', `#${ARTICLE_BODY_ID}`)] : [];
  report.section('page weight (bytes; JS is every script the page loads, gzip)', [floor, article, home, ...withComments]);
  report.figure('page weight', 'article JS / floor JS', ratio(article['JS gzip'], floor['JS gzip']));
  report.figure('page weight', 'home JS / floor JS', ratio(home['JS gzip'], floor['JS gzip']));
  report.figure('page weight', 'article HTML gzip / body HTML gzip', ratio(article['HTML gzip'], article['body HTML gzip']!));
}

export async function run(args: string[], report: Report): Promise<void> {
  const { values } = parseArgs({ args, strict: false, options: { articles: { type: 'string', default: '10000' } } });
  await withBenchSite(Number(values.articles), (site) => measureWeights(site, report));
}
