import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_DIST, benchBuildFile, benchEnv } from './env';
import { round } from './report';
import { runMeasured } from './run-measured';

export type BuildFigures = {
  articles: number;
  seconds: number;
  peakRssMiB: number;
  /** The steps' own times, as the build printed them (printedStepTimes). */
  contentStepSeconds?: number;
  /** Articles the content step parsed, and those it took from its cache (scripts/content/cache.ts). */
  contentParsed?: number;
  contentFromCache?: number;
  searchIndexSeconds?: number;
  staticPages?: number;
  staticPagesSeconds?: number;
  /** The build output without Next's cache, and the two files the content step wrote. */
  outputMiB: number;
  manifestMiB: number;
  searchIndexMiB: number;
};

const mib = (bytes: number) => round(bytes / 1024 / 1024, 1);
/** A time as the build prints it, a number and a unit (`s` or `ms`), in seconds. */
const inSeconds = (value: string, unit: string) => Number(value) * (unit === 'ms' ? 0.001 : 1);

/** The steps' own times, as the build printed them; undefined where the line is missing. */
function printedStepTimes(output: string): Pick<BuildFigures, 'contentStepSeconds' | 'contentParsed' | 'contentFromCache' | 'searchIndexSeconds' | 'staticPages' | 'staticPagesSeconds'> {
  const content = /Content: .*\(([\d.]+) s\)/.exec(output);
  const cache = /Content: \d+ articles \((\d+) parsed, (\d+) from cache\)/.exec(output);
  const search = /Search index: .*\(([\d.]+) s\)/.exec(output);
  const pages = /Generating static pages using \d+ workers? \((\d+)\/\d+\) in ([\d.]+)(m?s)/.exec(output);
  return {
    contentStepSeconds: content ? Number(content[1]) : undefined,
    contentParsed: cache ? Number(cache[1]) : undefined,
    contentFromCache: cache ? Number(cache[2]) : undefined,
    searchIndexSeconds: search ? Number(search[1]) : undefined,
    staticPages: pages ? Number(pages[1]) : undefined,
    staticPagesSeconds: pages ? inSeconds(pages[2]!, pages[3]!) : undefined,
  };
}

/** Bytes of every file under `dir` but those whose path below it `skip` names. */
function folderBytes(dir: string, skip: (name: string) => boolean): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (skip(path.relative(dir, file))) continue;
    total += fs.statSync(file).size;
  }
  return total;
}

/**
 * Builds the content in `contentDir` with `npm run build` into the benchmark's build folder and
 * measures it; `cwd` builds another checkout of the site (a baseline) instead of this one. The
 * build starts cold, its folder removed with Next's cache and the content step's cache in it,
 * unless `rebuild` keeps the previous build's folder.
 */
export async function measureBuild(
  contentDir: string,
  articles: number,
  env: NodeJS.ProcessEnv = benchEnv(contentDir),
  cwd = process.cwd(),
  { rebuild = false } = {},
): Promise<BuildFigures> {
  const dist = path.join(cwd, BENCH_DIST);
  if (!rebuild) fs.rmSync(dist, { recursive: true, force: true });
  const log = path.join(os.tmpdir(), `yuedu-bench-build-${articles}.log`);
  const run = await runMeasured('npm', ['run', 'build'], { env, log, cwd });
  if (run.code !== 0) throw new Error(`the build of ${articles} articles failed (exit ${run.code}); its output is in ${log}`);
  return {
    articles,
    seconds: round(run.seconds, 1),
    peakRssMiB: mib(run.peakRss),
    ...printedStepTimes(run.output),
    outputMiB: mib(folderBytes(dist, (name) => name.startsWith('cache'))),
    manifestMiB: mib(builtFileBytes(cwd, '.content')),
    searchIndexMiB: mib(builtFileBytes(cwd, '.search')),
  };
}

/** The size of the file a build wrote to `folder`, whatever its format: a baseline checkout may write an older one (the search index was JSON before it was binary). */
export function builtFileBytes(cwd: string, folder: '.content' | '.search'): number {
  const stem = path.parse(benchBuildFile(folder)).name;
  const dir = path.join(cwd, folder);
  const file = fs.readdirSync(dir).find((name) => path.parse(name).name === stem);
  if (!file) throw new Error(`the build wrote no ${stem}.* to ${dir}`);
  return fs.statSync(path.join(dir, file)).size;
}
