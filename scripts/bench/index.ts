// `npm run bench`: every benchmark in this folder, against generated sites of 1,000 and 10,000
// articles, printed as tables and written to bench-results/<time>.json. `npm run bench -- <name>
// [options]` runs one. Benchmarks measure and print; they assert nothing.
import process from 'node:process';
import { measureBuilds } from './build';
import { measureColdRenders } from './cold';
import { measureLighthouse } from './lighthouse';
import { Report } from './report';
import { measureServing } from './serve';
import { withBenchSite } from './site';
import { measureWeights } from './weight';

type Benchmark = { run: (args: string[], report: Report) => Promise<void> };

const benchmarks: Record<string, () => Promise<Benchmark>> = {
  corpus: () => import('./corpus'),
  build: () => import('./build'),
  serve: () => import('./serve'),
  cold: () => import('./cold'),
  weight: () => import('./weight'),
  lighthouse: () => import('./lighthouse'),
  search: () => import('./search'),
};

/** Everything, building each size once: the last build serves the other benchmarks. */
async function all(report: Report) {
  await measureBuilds([1000, 10_000], report);
  await withBenchSite(10_000, async (site) => {
    await measureServing(site, report, { seconds: 10, connections: 50 });
    await measureColdRenders(site, report, 50);
    await measureWeights(site, report);
    await measureLighthouse(site, report);
  });
}

const [names, ...args] = process.argv.slice(2);
const report = new Report();
if (names === undefined) await all(report);
else {
  // `serve,cold` runs several against one build.
  for (const name of names.split(',')) {
    const load = benchmarks[name];
    if (!load) {
      console.error(`usage: npm run bench [-- <${Object.keys(benchmarks).join('|')}>[,…] [options]]`);
      process.exit(2);
    }
    await (await load()).run(args, report);
  }
}
console.log(`\nwritten to ${report.write()}`);
process.exit(0);
