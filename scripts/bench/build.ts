// Build time and memory at scale: generates sites of N articles (corpus.ts) and builds each with
// `npm run build` (the content step, then `next build`), measuring wall time, the peak memory of
// the whole process tree, and the size of the output.
//
//   npm run bench -- build [--sizes 1000,10000]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_DIST, benchEnv, type Report } from './report';
import { folderBytes, runMeasured } from './run';
import { buildBenchSite } from './site';

export type BuildFigures = {
  articles: number;
  seconds: number;
  peakRssMiB: number;
  /** The steps' own times, as the build printed them. */
  contentStepSeconds?: number;
  searchIndexSeconds?: number;
  staticPages?: number;
  staticPagesSeconds?: number;
  /** The build output without Next's cache, and the two files the content step wrote. */
  outputMiB: number;
  manifestMiB: number;
  searchIndexMiB: number;
};

const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const seconds = (output: string, pattern: RegExp) => {
  const match = pattern.exec(output);
  return match ? Number(match[1]) * (match[2] === 'ms' ? 0.001 : 1) : undefined;
};

/** Builds the content in `contentDir` into the benchmark's build folder and measures it. */
export async function measureBuild(contentDir: string, articles: number, env: Record<string, string> = {}): Promise<BuildFigures> {
  fs.rmSync(BENCH_DIST, { recursive: true, force: true });
  const log = path.join(os.tmpdir(), `yuedu-bench-build-${articles}.log`);
  const run = await runMeasured('npm', ['run', 'build'], { env: { ...benchEnv(contentDir), ...env }, log });
  if (run.code !== 0) throw new Error(`the build of ${articles} articles failed (exit ${run.code}); its output is in ${log}`);
  const pages = /Generating static pages using \d+ workers? \((\d+)\/\d+\) in ([\d.]+)(m?s)/.exec(run.output);
  const file = (folder: string) => fs.statSync(path.join(folder, `${path.basename(BENCH_DIST).replace(/^\.+/, '')}.json`)).size;
  return {
    articles,
    seconds: Math.round(run.seconds * 10) / 10,
    peakRssMiB: mib(run.peakRss),
    contentStepSeconds: seconds(run.output, /Content: .*\(([\d.]+) (s)\)/),
    searchIndexSeconds: seconds(run.output, /Search index: .*\(([\d.]+) (s)\)/),
    staticPages: pages ? Number(pages[1]) : undefined,
    staticPagesSeconds: pages ? Number(pages[2]) * (pages[3] === 'ms' ? 0.001 : 1) : undefined,
    outputMiB: mib(folderBytes(BENCH_DIST, (name) => name.startsWith('cache'))),
    manifestMiB: mib(file('.content')),
    searchIndexMiB: mib(file('.search')),
  };
}

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
    report.figure('build', `time ratio ${largest.articles} / ${smallest.articles} articles`, Math.round((largest.seconds / smallest.seconds) * 100) / 100);
  }
}
