// Serving speed: requests per second and latency of `next start` for a cached article page, the
// home page, a category page and a search, each side by side in the same run with a plain Node.js
// server answering with the same HTML saved to disk (the like-for-like limit). Ratios, not raw
// numbers, are what compare across machines. The last row is Next.js's own floor: the blank App
// Router page (floor-page.ts) under `next start` against the same plain server.
//
//   npm run bench -- serve [--articles 10000] [--seconds 10] [--connections 50]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { withFloorPage } from './floor-page';
import { measureLoad } from './load';
import { ratio, type Report } from './report';
import { startStaticServer, type RunningServer } from './servers';
import { BENCH_PAGES, withBenchSite } from './site';

const STATIC_PORT = 3299;

type LoadOptions = { seconds: number; connections: number };
type ServingRow = Record<string, string | number>;

/** Each page (name → URL on `next start`) under load, then the same HTML from the plain server. */
async function compareWithStatic(pages: Record<string, string>, options: LoadOptions): Promise<ServingRow[]> {
  const saved = fs.mkdtempSync(path.join(os.tmpdir(), 'yuedu-bench-static-'));
  const entries = Object.entries(pages);
  const files = new Map<string, string>();
  for (const [i, [, url]] of entries.entries()) {
    const response = await fetch(url);
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    const file = path.join(saved, `${i}.html`);
    fs.writeFileSync(file, await response.text());
    files.set(`/${i}`, file);
  }
  const plain = await startStaticServer(STATIC_PORT, files);
  const rows: ServingRow[] = [];
  try {
    for (const [i, [name, url]] of entries.entries()) {
      const next = await measureLoad(url, options);
      const limit = await measureLoad(`${plain.url}/${i}`, options);
      rows.push({
        page: name,
        'next rps': next.requestsPerSecond,
        'next p50 ms': next.p50Ms,
        'next p99 ms': next.p99Ms,
        'static rps': limit.requestsPerSecond,
        'static p99 ms': limit.p99Ms,
        'rps ratio': ratio(next.requestsPerSecond, limit.requestsPerSecond),
        'errors + non-2xx': next.errors + next.non2xx,
      });
    }
  } finally {
    await plain.stop();
    fs.rmSync(saved, { recursive: true, force: true });
  }
  return rows;
}

export async function measureServing(site: RunningServer, report: Report, options: LoadOptions) {
  const pages = Object.fromEntries(Object.entries(BENCH_PAGES).map(([name, route]) => [name, site.url + route]));
  const rows = await compareWithStatic(pages, options);
  rows.push(...(await withFloorPage((url) => compareWithStatic({ 'blank page (floor)': url }, options))));
  report.section(`serving (${options.connections} connections, ${options.seconds} s each, after a warm-up)`, rows);
}

export async function run(args: string[], report: Report): Promise<void> {
  const { values } = parseArgs({ args, strict: false, options: { articles: { type: 'string', default: '10000' }, seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '50' } } });
  await withBenchSite(Number(values.articles), (site) => measureServing(site, report, { seconds: Number(values.seconds), connections: Number(values.connections) }));
}
