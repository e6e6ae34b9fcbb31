// Build time and memory at scale: generates sites of N articles (corpus.ts) and builds each with
// `npm run build` (the content step, then `next build`), measuring wall time, the peak memory of
// the whole process tree, and the size of the output. On a shared machine one build can take half
// as long again as the next, so the sizes are built in turn for several rounds, and the time ratio
// is the median of the rounds' ratios. Last, the largest site is built again after one post is
// edited, keeping the build folder (Next's cache, the content step's cache): a rebuild.
//
//   npm run bench -- build [--sizes 1000,10000] [--rounds 3]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchEnv } from './env';
import { measureBuild, type BuildFigures } from './measure-build';
import { median, ratio, type Report } from './report';
import { buildGeneratedSite, generateBenchSite } from './site';

export const DEFAULT_ROUNDS = 3;

export async function run(args: string[], report: Report): Promise<void> {
  const { values } = parseArgs({ args, strict: false, options: { sizes: { type: 'string', default: '1000,10000' }, rounds: { type: 'string', default: String(DEFAULT_ROUNDS) } } });
  await measureBuilds(String(values.sizes).split(',').map(Number), Number(values.rounds), report);
}

/**
 * Builds each size (smallest first) once per round; the benchmark build folder keeps the last
 * (largest) for the other benchmarks.
 */
export async function measureBuilds(sizes: number[], rounds: number, report: Report): Promise<void> {
  const sites = [];
  for (const size of sizes) sites.push({ size, contentDir: await generateBenchSite(size) });
  const builds: (BuildFigures & { round: number })[] = [];
  const ratios: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    const figures = [];
    for (const { size, contentDir } of sites) figures.push(await buildGeneratedSite(contentDir, size));
    builds.push(...figures.map((f) => ({ round, ...f })));
    if (figures.length > 1) ratios.push(ratio(figures.at(-1)!.seconds, figures[0]!.seconds));
  }
  report.section('build (npm run build: content step + next build)', builds);
  if (ratios.length > 0) {
    const label = `time ratio ${sizes.at(-1)} / ${sizes[0]} articles, median of ${rounds} rounds (${ratios.join(', ')})`;
    report.figure('build', label, median(ratios));
  }
  await measureRebuild(sites.at(-1)!, builds.at(-1)!, report);
}

/** The first article file under `dir`, in name order. */
function firstArticle(dir: string): string {
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md')).sort();
  return path.join(dir, files[0]!);
}

/**
 * Builds the site just built cold again after appending a paragraph to one post, as a deployment
 * of one edited post does: the time, against the cold build's, and the content step's own.
 */
async function measureRebuild(site: { size: number; contentDir: string }, cold: BuildFigures, report: Report): Promise<void> {
  fs.appendFileSync(firstArticle(path.join(site.contentDir, 'articles')), '\n\n重建时新加的一段：只有这一篇需要重新解析。\n');
  console.log(`rebuilding ${site.size.toLocaleString('en')} articles after one post was edited …`);
  const rebuilt = await measureBuild(site.contentDir, site.size, benchEnv(site.contentDir), process.cwd(), { rebuild: true });
  report.section('rebuild after one post is edited (npm run build, build folder kept)', [
    { articles: site.size, coldSeconds: cold.seconds, rebuildSeconds: rebuilt.seconds, rebuildOverCold: ratio(rebuilt.seconds, cold.seconds), coldContentStepSeconds: cold.contentStepSeconds, contentStepSeconds: rebuilt.contentStepSeconds, parsed: rebuilt.contentParsed, fromCache: rebuilt.contentFromCache, searchIndexSeconds: rebuilt.searchIndexSeconds, peakRssMiB: rebuilt.peakRssMiB },
  ]);
}
