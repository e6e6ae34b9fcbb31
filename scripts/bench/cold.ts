// Cold render: the time `next start` takes to answer for an article that was not built ahead of
// time and has not been asked for yet (rendered on demand, then cached), median over 50 different
// articles, one request at a time. The second request for each shows the cached answer.
//
//   npm run bench -- cold [--articles 10000] [--count 50]
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { articleHref } from '@/lib/content/href';
import type { ArticleMeta } from '@/lib/content/types';
import { readEnv } from '@/lib/env';
import { benchBuildFile, cleanEnv } from './env';
import { median, round, type Report } from './report';
import type { RunningServer } from './servers';
import { withBenchSite } from './site';

async function timed(url: string): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

/** Articles the build did not prerender: older than the newest PRERENDER_ARTICLES, spread over the rest. */
function notPrerendered(count: number): ArticleMeta[] {
  const manifest = JSON.parse(fs.readFileSync(benchBuildFile('.content'), 'utf8')) as { all: ArticleMeta[] };
  // The count the benchmark build used: its environment has none of the caller's PRERENDER_ values.
  const prerendered = readEnv(cleanEnv()).prerender.articles;
  const older = manifest.all.filter((a) => !a.draft).slice(prerendered);
  if (older.length < count) throw new Error(`only ${older.length} articles were left to render on demand; build a larger site`);
  return Array.from({ length: count }, (_, i) => older[Math.floor((i * older.length) / count)]!);
}

export async function measureColdRenders(site: RunningServer, report: Report, count: number) {
  const first: number[] = [];
  const second: number[] = [];
  for (const article of notPrerendered(count)) {
    const url = site.url + articleHref(article.slug);
    const cold = await timed(url);
    if (cold.status !== 200) throw new Error(`${url} answered ${cold.status}`);
    first.push(cold.ms);
    second.push((await timed(url)).ms);
  }
  report.section(`cold render (${count} articles not built ahead of time, one request at a time)`, [
    { request: 'first (rendered on demand)', 'median ms': round(median(first), 1), 'max ms': round(Math.max(...first), 1) },
    { request: 'second (cached)', 'median ms': round(median(second), 1), 'max ms': round(Math.max(...second), 1) },
  ]);
}

export async function run(args: string[], report: Report): Promise<void> {
  const { values } = parseArgs({ args, strict: false, options: { articles: { type: 'string', default: '10000' }, count: { type: 'string', default: '50' } } });
  await withBenchSite(Number(values.articles), (site) => measureColdRenders(site, report, Number(values.count)));
}
