// The generated site the scale benchmarks run against: generated from the corpus, built into the
// benchmark build folder (measured) and served by `next start`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { articleHref } from '@/lib/content/href';
import { generateCorpus, SHARED_CORPUS } from './corpus';
import { BENCH_DIST, BENCH_PORT, benchEnv } from './env';
import { measureBuild, type BuildFigures } from './measure-build';
import { SEED_SLUG } from './seed';
import { startSite, type RunningServer, type RunningSite } from './servers';

/** The pages the benchmarks measure on every generated site. */
export const BENCH_PAGES = {
  article: articleHref(SEED_SLUG),
  home: '/',
  category: `/categories/${encodeURIComponent('新媒体')}`,
  search: `/search?q=${encodeURIComponent('产品经理')}`,
};

/** Which generated site the benchmark build folder holds, so later benchmarks in one run reuse it. */
const STATE = path.join(BENCH_DIST, 'bench-site.json');
type BuiltSite = { articles: number; contentDir: string };
const builtSite = (): BuiltSite | undefined => (fs.existsSync(STATE) ? (JSON.parse(fs.readFileSync(STATE, 'utf8')) as BuiltSite) : undefined);

const generated: string[] = [];
process.on('exit', () => generated.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** Generates a site of `articles` articles in a temporary folder (removed when the benchmarks end). */
export async function generateBenchSite(articles: number): Promise<string> {
  const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), `yuedu-bench-${articles}-`));
  generated.push(contentDir);
  await generateCorpus({ count: articles, out: contentDir, corpusDir: SHARED_CORPUS });
  return contentDir;
}

/** Builds a generated site of `articles` articles into the benchmark build folder, measured. */
export async function buildGeneratedSite(contentDir: string, articles: number): Promise<BuildFigures> {
  console.log(`building ${articles.toLocaleString('en')} articles …`);
  const figures = await measureBuild(contentDir, articles);
  fs.writeFileSync(STATE, JSON.stringify({ articles, contentDir } satisfies BuiltSite));
  return figures;
}

/** Generates a site of `articles` articles and builds it into the benchmark build folder, measured. */
async function buildBenchSite(articles: number): Promise<BuildFigures> {
  return buildGeneratedSite(await generateBenchSite(articles), articles);
}

/** `next start` of the benchmark build on `port`, with `env` on top of the benchmark environment. */
export function startBenchInstance(port: number, env: Record<string, string> = {}): Promise<RunningSite> {
  return startSite(port, { ...benchEnv(builtSite()!.contentDir), NODE_ENV: 'production', ...env });
}

/** Runs `fn` against `next start` serving a generated site of `articles` articles (built first unless it already is). */
export async function withBenchSite<T>(articles: number, fn: (site: RunningServer) => Promise<T>): Promise<T> {
  const built = builtSite();
  if (built?.articles !== articles || !fs.existsSync(built.contentDir)) await buildBenchSite(articles);
  const site = await startBenchInstance(BENCH_PORT);
  try {
    return await fn(site);
  } finally {
    await site.stop();
  }
}
