import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureBuild, type BuildFigures } from './build';
import { generateCorpus } from './corpus';
import { BENCH_DIST, benchEnv } from './report';
import { startSite, type RunningServer } from './servers';

export const BENCH_PORT = 3200;
const CORPUS = '../shared/corpus';
/** Which generated site the benchmark build folder holds, so later benchmarks in one run reuse it. */
const STATE = path.join(BENCH_DIST, 'bench-site.json');

const generated: string[] = [];
process.on('exit', () => generated.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** Generates a site of `articles` articles and builds it into the benchmark build folder, measured. */
export async function buildBenchSite(articles: number): Promise<BuildFigures> {
  const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), `yuedu-bench-${articles}-`));
  generated.push(contentDir);
  await generateCorpus({ count: articles, out: contentDir, corpusDir: CORPUS });
  console.log(`building ${articles.toLocaleString('en')} articles …`);
  const figures = await measureBuild(contentDir, articles);
  fs.writeFileSync(STATE, JSON.stringify({ articles, contentDir }));
  return figures;
}

/** Runs `fn` against `next start` serving a generated site of `articles` articles (built first unless it already is). */
export async function withBenchSite<T>(articles: number, fn: (site: RunningServer, contentDir: string) => Promise<T>): Promise<T> {
  const state = fs.existsSync(STATE) ? (JSON.parse(fs.readFileSync(STATE, 'utf8')) as { articles: number; contentDir: string }) : undefined;
  if (state?.articles !== articles || !fs.existsSync(state.contentDir)) await buildBenchSite(articles);
  const { contentDir } = JSON.parse(fs.readFileSync(STATE, 'utf8')) as { contentDir: string };
  const site = await startSite(BENCH_PORT, { ...benchEnv(contentDir), NODE_ENV: 'production' });
  try {
    return await fn(site, contentDir);
  } finally {
    await site.stop();
  }
}
