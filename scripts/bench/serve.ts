// Serving speed: requests per second and latency of `next start` for a cached article page, the
// home page, a category page and a search, each side by side in the same run with a plain Node.js
// server answering with the same HTML saved to disk (the like-for-like limit). Ratios, not raw
// numbers, are what compare across machines.
//
//   npm run bench -- serve [--articles 10000] [--seconds 10] [--connections 50]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measureLoad } from './load';
import { ratio, type Report } from './report';
import { startStaticServer, type RunningServer } from './servers';
import { BENCH_PAGES, withBenchSite } from './site';

const STATIC_PORT = 3299;

export async function measureServing(site: RunningServer, report: Report, options: { seconds: number; connections: number }) {
  const saved = fs.mkdtempSync(path.join(os.tmpdir(), 'yuedu-bench-static-'));
  const pages = new Map<string, string>();
  for (const [name, route] of Object.entries(BENCH_PAGES)) {
    const response = await fetch(site.url + route);
    if (response.status !== 200) throw new Error(`${route} answered ${response.status}`);
    const file = path.join(saved, `${name}.html`);
    fs.writeFileSync(file, await response.text());
    pages.set(route, file);
  }
  const plain = await startStaticServer(STATIC_PORT, pages);
  const rows = [];
  try {
    for (const [name, route] of Object.entries(BENCH_PAGES)) {
      const next = await measureLoad(site.url + route, options);
      const limit = await measureLoad(plain.url + route, options);
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
  report.section(`serving (${options.connections} connections, ${options.seconds} s each, after a warm-up)`, rows);
}

export async function run(args: string[], report: Report): Promise<void> {
  const { values } = parseArgs({ args, strict: false, options: { articles: { type: 'string', default: '10000' }, seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '50' } } });
  await withBenchSite(Number(values.articles), (site) => measureServing(site, report, { seconds: Number(values.seconds), connections: Number(values.connections) }));
}
