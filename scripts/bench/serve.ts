// Serving speed: requests per second and latency of `next start` for a cached article page, the
// home page, a category page and a search, each side by side in the same run with a plain Node.js
// server answering with the same HTML saved to disk (the like-for-like limit), which sends files
// compressed ahead of time as nginx's gzip_static does. Every row is measured twice: without
// Accept-Encoding, and with the one every browser sends, so compression is part of what is
// measured. Ratios, not raw numbers, are what compare across machines.
//
// The floors are Next.js's own: the blank App Router page, and the same page padded with Chinese
// prose to the article page's size (floor-page.ts); the headline is the article against the padded
// floor, measured in turns (in-turns.ts). The last row is the article through the self-hosting recipe's nginx (serve-proxy.ts).
//
//   npm run bench -- serve [--articles 10000] [--seconds 10] [--connections 50] [--rounds 5]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { paddedFloorUrl, siteProse, withFloorPage } from './floor-page';
import { measureInTurns, medianAndSpread, roundRatios, type Round } from './in-turns';
import { measureLoad, type LoadFigures, type LoadOptions } from './load';
import { ratio, type Report } from './report';
import { throughProxy } from './serve-proxy';
import { startStaticServer, writePrecompressed, type RunningServer } from './servers';
import { BENCH_PAGES, withBenchSite } from './site';
import { measureWithWrk } from './wrk';

const STATIC_PORT = 3299;
/** Rounds of the article and the padded floor in turns: enough for a median that one noisy measurement does not move. */
export const DEFAULT_ROUNDS = 5;

/** What each row is measured with: no Accept-Encoding, and what browsers send. */
const ENCODINGS = { none: {}, 'gzip, deflate, br': { 'accept-encoding': 'gzip, deflate, br' } } satisfies Record<string, Record<string, string>>;
type Encoding = keyof typeof ENCODINGS;
const BROWSER: Encoding = 'gzip, deflate, br';

type SavedPage = { name: string; url: string; html: string; /** The process answering it. */ serverPid?: number };
type ServingRow = Record<string, string | number>;
type Measured = { page: string; encoding: Encoding; next: LoadFigures; plain: LoadFigures };

async function savePages(pages: Record<string, string>, serverPid?: number): Promise<SavedPage[]> {
  const saved: SavedPage[] = [];
  for (const [name, url] of Object.entries(pages)) {
    const response = await fetch(url);
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    saved.push({ name, url, html: await response.text(), serverPid });
  }
  return saved;
}

/** `fn` with a plain server answering each page's saved HTML (and its compressed copies) at the URL of the same index. */
async function withStaticPages<T>(pages: SavedPage[], fn: (urls: string[]) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yuedu-bench-static-'));
  const files = new Map(
    pages.map((page, i) => {
      const file = path.join(dir, `${i}.html`);
      writePrecompressed(file, page.html);
      return [`/${i}`, file];
    }),
  );
  const plain = await startStaticServer(STATIC_PORT, files);
  try {
    return await fn(pages.map((_, i) => `${plain.url}/${i}`));
  } finally {
    await plain.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Each page under load on its server, then the same HTML from the plain server, once per encoding. */
function compareWithStatic(pages: SavedPage[], options: LoadOptions): Promise<Measured[]> {
  return withStaticPages(pages, async (urls) => {
    const measured: Measured[] = [];
    for (const [i, page] of pages.entries()) {
      for (const [encoding, headers] of Object.entries(ENCODINGS) as [Encoding, Record<string, string>][]) {
        const next = await measureLoad(page.url, { ...options, headers }, page.serverPid);
        const limit = await measureLoad(urls[i]!, { ...options, headers });
        measured.push({ page: page.name, encoding, next, plain: limit });
      }
    }
    return measured;
  });
}

const servingRow = (page: string, encoding: Encoding, next: LoadFigures, plain: LoadFigures): ServingRow => ({
  page,
  'Accept-Encoding': encoding,
  'next rps': next.requestsPerSecond,
  'next p50 ms': next.p50Ms,
  'next p99 ms': next.p99Ms,
  'next bytes': next.bytesPerResponse,
  'next CPU ms/req': next.serverCpuMsPerRequest ?? '',
  'static rps': plain.requestsPerSecond,
  'static p50 ms': plain.p50Ms,
  'static p99 ms': plain.p99Ms,
  'static bytes': plain.bytesPerResponse,
  'rps ratio': ratio(next.requestsPerSecond, plain.requestsPerSecond),
  'errors + non-2xx': next.errors + next.non2xx + plain.errors + plain.non2xx,
});

export type ServingOptions = LoadOptions & { /** Rounds of the article and the padded floor in turns, for the headline figure. */ rounds: number };

export async function measureServing(site: RunningServer, report: Report, options: ServingOptions) {
  const section = `serving (${options.connections} connections, ${options.seconds} s each, after a warm-up)`;
  const sitePages = await savePages(Object.fromEntries(Object.entries(BENCH_PAGES).map(([name, route]) => [name, site.url + route])), site.pid);
  const html = (name: keyof typeof BENCH_PAGES) => sitePages.find((page) => page.name === name)!.html;
  const articleBytes = Buffer.byteLength(html('article'));
  // Read before the load, so fetching other articles for it costs no measured time. The prose shows
  // up twice in a page (as text and in the React payload): half the article's size is enough.
  const padding = await siteProse(site.url, html('article'), [html('home'), html('category')], articleBytes / 2);
  // The floor serves beside the site, idle while the site's pages are measured, so that the
  // headline can take the two in turns.
  const { measured, turns } = await withFloorPage(async (floorUrl, floorPid) => {
    const padded = await paddedFloorUrl(floorUrl, articleBytes);
    const floors = await savePages({ 'blank page (floor)': floorUrl, [`padded floor (${padded.bytes.toLocaleString('en')} B)`]: padded.url }, floorPid);
    const measured = [...(await compareWithStatic(sitePages, options)), ...(await compareWithStatic(floors, options))];
    const article = { url: site.url + BENCH_PAGES.article, pid: site.pid! };
    const turns = [];
    for (const [encoding, headers] of Object.entries(ENCODINGS) as [Encoding, Record<string, string>][]) {
      turns.push({ encoding, rounds: await measureInTurns(article, { url: padded.url, pid: floorPid }, options.rounds, { ...options, headers }) });
    }
    return { measured, turns };
  }, padding);
  const rows = measured.map(({ page, encoding, next, plain }) => servingRow(page, encoding, next, plain));

  rows.push(...(await proxyRows(sitePages.find((page) => page.name === 'article')!, measured, options, report, section)));
  report.section(section, rows);

  report.note(section, `article HTML ${articleBytes.toLocaleString('en')} bytes; "static" is a plain Node.js server sending the saved HTML, or its .br/.gz compressed ahead of time when the request accepts it`);
  report.note(section, `autocannon and the servers compete for the same ${os.availableParallelism()} cores: raw figures vary from run to run, only ratios within one run compare`);
  for (const encoding of Object.keys(ENCODINGS) as Encoding[]) {
    const rps = (page: string) => measured.find((m) => m.page.startsWith(page) && m.encoding === encoding)!.next.requestsPerSecond;
    report.figure(section, `cached article / blank page rps, Accept-Encoding: ${encoding}`, ratio(rps('article'), rps('blank page')));
  }
  reportTurns(report, turns, options.rounds);
}

/**
 * The article through nginx, against the plain server sending the same pre-compressed page, with
 * browser headers: measured by autocannon, as every other row, and by wrk. nginx answers a cached
 * page with a fraction of the CPU autocannon needs to ask for it, so autocannon's one thread is the
 * limit there and its latency is mostly its own queue; wrk, with a thread per core, is not.
 */
async function proxyRows(article: SavedPage, measured: Measured[], options: LoadOptions, report: Report, section: string): Promise<ServingRow[]> {
  const page = 'article through nginx';
  const browser = { ...options, headers: ENCODINGS[BROWSER] };
  const proxied = await throughProxy(BENCH_PAGES.article, async (url, nginxPid) => ({
    autocannon: await measureLoad(url, browser, nginxPid),
    wrk: await measureWithWrk(url, browser, nginxPid),
  }));
  if (!proxied) return [{ page, 'Accept-Encoding': BROWSER, 'next rps': 'skipped: nginx not found' }];
  const { autocannon, wrk } = proxied.measured;
  const fromCache = { 'from nginx cache': `${Math.round(proxied.fromCache * 100)} %` };
  const articleStatic = measured.find((m) => m.page === 'article' && m.encoding === BROWSER)!.plain;
  report.figure(section, 'article through nginx / static pre-compressed rps', ratio(autocannon.requestsPerSecond, articleStatic.requestsPerSecond));
  report.figure(section, 'article through nginx p99 ms', autocannon.p99Ms);
  report.figure(section, 'cores autocannon used while measuring nginx', autocannon.benchProcessCores ?? '');
  const rows = [{ ...servingRow(page, BROWSER, autocannon, articleStatic), ...fromCache }];
  const withWrk = `${page}, measured with wrk`;
  if (!wrk) return [...rows, { page: withWrk, 'Accept-Encoding': BROWSER, 'next rps': 'skipped: wrk not found (apt-get install -y wrk)' }];
  const staticWrk = (await withStaticPages([article], ([url]) => measureWithWrk(url!, browser)))!;
  report.figure(section, 'article through nginx / static pre-compressed rps, measured with wrk', ratio(wrk.requestsPerSecond, staticWrk.requestsPerSecond));
  report.figure(section, 'article through nginx p99 ms, measured with wrk', wrk.p99Ms);
  return [...rows, { ...servingRow(withWrk, BROWSER, wrk, staticWrk), ...fromCache }];
}

/** The headline: the cached article against the padded floor, round by round, then the medians. */
function reportTurns(report: Report, turns: { encoding: Encoding; rounds: Round[] }[], rounds: number) {
  const section = `cached article against the padded floor, in turns (${rounds} rounds per Accept-Encoding)`;
  report.section(
    section,
    turns.flatMap(({ encoding, rounds }) =>
      rounds.map(({ article, floor }, round) => ({
        'Accept-Encoding': encoding,
        round: round + 1,
        'article rps': article.requestsPerSecond,
        'floor rps': floor.requestsPerSecond,
        'article CPU ms/req': article.serverCpuMsPerRequest ?? '',
        'floor CPU ms/req': floor.serverCpuMsPerRequest ?? '',
        'rps ratio': ratio(article.requestsPerSecond, floor.requestsPerSecond),
        'errors + non-2xx': article.errors + article.non2xx + floor.errors + floor.non2xx,
      })),
    ),
  );
  report.note(section, 'each round measures both under the same load, the first round the article first, the next the floor first; the figures are the median of the rounds with their range');
  for (const { encoding, rounds } of turns) {
    const ratios = roundRatios(rounds);
    const rps = medianAndSpread(ratios.rps);
    report.figure(section, `cached article / padded floor rps, Accept-Encoding: ${encoding}`, rps.median);
    report.figure(section, `cached article / padded floor rps, range, Accept-Encoding: ${encoding}`, rps.spread);
    if (ratios.cpu.length === rounds.length) {
      const cpu = medianAndSpread(ratios.cpu);
      // Padded floor's CPU per answer / the article's: 1 is as cheap as the floor.
      report.figure(section, `padded floor / cached article server CPU per answer, Accept-Encoding: ${encoding}`, cpu.median);
      report.figure(section, `padded floor / cached article server CPU per answer, range, Accept-Encoding: ${encoding}`, cpu.spread);
    }
  }
}

export async function run(args: string[], report: Report): Promise<void> {
  const { values } = parseArgs({
    args,
    strict: false,
    options: { articles: { type: 'string', default: '10000' }, seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '50' }, rounds: { type: 'string', default: String(DEFAULT_ROUNDS) } },
  });
  await withBenchSite(Number(values.articles), (site) => measureServing(site, report, { seconds: Number(values.seconds), connections: Number(values.connections), rounds: Number(values.rounds) }));
}
