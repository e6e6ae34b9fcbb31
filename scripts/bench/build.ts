// Build time and memory at scale: generates sites of N articles (corpus.ts) and builds each with
// `npm run build` (the content step, then `next build`), measuring wall time, the peak memory of
// the whole process tree, and the size of the output.
//
//   npm run bench -- build [--sizes 1000,10000]
import { parseArgs } from 'node:util';
import type { BuildFigures } from './measure-build';
import { ratio, type Report } from './report';
import { buildBenchSite } from './site';

export async function run(args: string[], report: Report): Promise<void> {
  const { values } = parseArgs({ args, strict: false, options: { sizes: { type: 'string', default: '1000,10000' } } });
  await measureBuilds(String(values.sizes).split(',').map(Number), report);
}

/** Builds each size in turn; the benchmark build folder keeps the last (largest) for the other benchmarks. */
export async function measureBuilds(sizes: number[], report: Report): Promise<void> {
  const builds: BuildFigures[] = [];
  for (const size of sizes) builds.push(await buildBenchSite(size));
  report.section('build (npm run build: content step + next build)', builds);
  const [smallest, largest] = [builds[0], builds.at(-1)];
  if (smallest && largest && smallest !== largest) {
    report.figure('build', `time ratio ${largest.articles} / ${smallest.articles} articles`, ratio(largest.seconds, smallest.seconds));
  }
}
