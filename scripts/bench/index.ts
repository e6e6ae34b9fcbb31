// `npm run bench`: every benchmark in this folder, against generated sites of 1,000 and 10,000
// articles, printed as tables and written to bench-results/<time>.json. `npm run bench -- <name>
// [options]` runs one. Benchmarks measure and print; they assert nothing.
import process from 'node:process';
import * as build from './build';
import * as cold from './cold';
import * as corpus from './corpus';
import * as hexo from './hexo';
import * as lighthouse from './lighthouse';
import { Report } from './report';
import * as render from './render';
import * as search from './search';
import * as searchFulltext from './search-fulltext';
import * as serve from './serve';
import { withBenchSite } from './site';
import * as weight from './weight';

type Benchmark = { run: (args: string[], report: Report) => Promise<void> };

const benchmarks: Record<string, Benchmark> = { corpus, build, hexo, render, serve, cold, weight, lighthouse, search, 'search-fulltext': searchFulltext };

/** Everything, building each size once: the last build serves the other benchmarks. */
async function all(report: Report) {
  await build.measureBuilds([1000, 10_000], build.DEFAULT_ROUNDS, report);
  await withBenchSite(10_000, async (site) => {
    await serve.measureServing(site, report, { seconds: 10, connections: 50, rounds: serve.DEFAULT_ROUNDS });
    await cold.measureColdRenders(site, report, 50);
    await weight.measureWeights(site, report);
    await lighthouse.measureLighthouse(site, report);
  });
  // Last: its builds replace the one the benchmarks above serve.
  await hexo.measureHexo(10_000, build.DEFAULT_ROUNDS, report);
  await render.measureRendering(10_000, build.DEFAULT_ROUNDS, render.DEFAULT_BASELINE, report);
}

const [names, ...args] = process.argv.slice(2);
// `serve,cold` runs several against one build; every name is checked before any of them runs.
const chosen = names?.split(',');
if (chosen?.some((name) => !Object.hasOwn(benchmarks, name))) {
  console.error(`usage: npm run bench [-- <${Object.keys(benchmarks).join('|')}>[,…] [options]]`);
  process.exit(2);
}
const report = new Report();
try {
  if (chosen === undefined) await all(report);
  else for (const name of chosen) await benchmarks[name]!.run(args, report);
} finally {
  // Also when a benchmark fails: the figures of those before it are kept.
  console.log(`\nwritten to ${report.write()}`);
}
process.exit(0);
