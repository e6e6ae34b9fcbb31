// A Hexo site at scale: the same generated articles built as a content folder (today's path) and as
// a Hexo site (HEXO_DIR: its config, permalinks, old-URL table, files), in turn for several rounds,
// with the ratio of their build times and peak memory; then the old-URL table of that site, its
// size and the time to look an address up.
//
//   npm run bench -- hexo [--articles 10000] [--rounds 3]   (--rounds 0: the table only)
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { indexContent, readContent, resolveOldUrl } from '@/lib/content/load';
import { readHexoSite } from '@/lib/hexo/config';
import { site } from '@/lib/site';
import { benchEnv } from './env';
import { measureBuild, type BuildFigures } from './measure-build';
import { ratio, round, type Report } from './report';
import { generateBenchSite } from './site';

export async function run(args: string[], report: Report): Promise<void> {
  const { values } = parseArgs({ args, strict: false, options: { articles: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '3' } } });
  await measureHexo(Number(values.articles), Number(values.rounds), report);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

/**
 * The generated articles as a Hexo blog keeps them: `_config.yml` with the usual dated permalinks,
 * the posts in `source/_posts` (a link to the same folder, same bytes), a page and a site image.
 */
function hexoSiteOf(contentDir: string): string {
  const dir = path.join(contentDir, 'hexo-site');
  fs.mkdirSync(path.join(dir, 'source', 'about'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'source', 'images'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, '_config.yml'),
    ['title: 基准博客', 'author: 博主', 'language: zh-CN', 'timezone: Asia/Shanghai', 'permalink: :year/:month/:day/:title/', 'new_post_name: :title.md', 'post_asset_folder: false', 'per_page: 10', ''].join('\n'),
  );
  fs.symlinkSync(path.join(contentDir, 'articles'), path.join(dir, 'source', '_posts'));
  fs.writeFileSync(path.join(dir, 'source', 'about', 'index.md'), '---\ntitle: 关于\n---\n关于这个博客。\n');
  fs.copyFileSync(path.resolve('public', 'images', 'avatars', 'linjian.svg'), path.join(dir, 'source', 'images', 'avatar.svg'));
  return dir;
}

/** Builds the plain and the Hexo site in turn, `rounds` times; reports each build and the median ratios. */
async function measureBuilds(contentDir: string, hexoDir: string, articles: number, rounds: number, report: Report): Promise<void> {
  const builds: (BuildFigures & { site: string; round: number })[] = [];
  const times: number[] = [];
  const memory: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    console.log(`building ${articles.toLocaleString('en')} articles, plain then as a Hexo site (round ${round} of ${rounds}) …`);
    const plain = await measureBuild(contentDir, articles);
    const hexo = await measureBuild(hexoDir, articles, { ...benchEnv(hexoDir), HEXO_DIR: hexoDir });
    builds.push({ site: 'content folder', round, ...plain }, { site: 'Hexo site', round, ...hexo });
    times.push(ratio(hexo.seconds, plain.seconds));
    memory.push(ratio(hexo.peakRssMiB, plain.peakRssMiB));
  }
  report.section(`hexo: build of ${articles.toLocaleString('en')} articles as a content folder and as a Hexo site`, builds);
  report.figure('hexo', `build time, Hexo site / content folder, median of ${rounds} rounds (${times.join(', ')})`, median(times));
  report.figure('hexo', `peak memory, Hexo site / content folder, median of ${rounds} rounds (${memory.join(', ')})`, median(memory));
}

/** The old-URL table as every server builds it from the manifest: entries, bytes, build and lookup times. */
async function measureTable(hexoDir: string, articles: number, report: Report): Promise<void> {
  const hexo = await readHexoSite(hexoDir);
  const read = await readContent({ contentDir: hexoDir, articlesDir: hexo.sourceDir, timeZone: 'Asia/Shanghai', defaultAuthor: site.defaultAuthor, hexo });
  const now = new Date();
  const withTable: number[] = [];
  const without: number[] = [];
  let index = indexContent(read, now);
  for (let i = 0; i < 5; i++) {
    let started = performance.now();
    index = indexContent(read, now);
    withTable.push(performance.now() - started);
    started = performance.now();
    indexContent({ ...read, hexo: undefined }, now);
    without.push(performance.now() - started);
  }
  const table = index.oldUrls!;
  const bytes = Buffer.byteLength(JSON.stringify([...table.entries].map(([key, target]) => [key, target.href])));
  const addresses = read.all.flatMap((a) => (a.oldPath ? [`/${a.oldPath}`, `/${a.oldPath}index.html`, `/${a.oldPath.split('/').map(encodeURIComponent).join('/')}`] : []));
  const misses = Array.from({ length: 1000 }, (_, i) => `/2020/01/01/never-${i}/`);
  const times: number[] = [];
  let found = 0;
  for (const address of [...addresses, ...misses]) {
    const started = performance.now();
    if (resolveOldUrl(index, address)) found++;
    times.push((performance.now() - started) * 1000);
  }
  times.sort((a, b) => a - b);
  report.section(`hexo: the old-URL table of ${articles.toLocaleString('en')} articles`, [
    {
      entries: table.entries.size,
      jsonKiB: round(bytes / 1024, 0),
      indexMsWithTable: round(median(withTable), 1),
      indexMsWithout: round(median(without), 1),
      tableBuildMs: round(median(withTable) - median(without), 1),
      lookups: times.length,
      resolved: found,
      lookupMedianMicroseconds: round(percentile(times, 50), 1),
      lookupP99Microseconds: round(percentile(times, 99), 1),
    },
  ]);
}

export async function measureHexo(articles: number, rounds: number, report: Report): Promise<void> {
  const contentDir = await generateBenchSite(articles);
  const hexoDir = hexoSiteOf(contentDir);
  await measureTable(hexoDir, articles, report);
  // `--rounds 0`: the table alone, without a build.
  if (rounds > 0) await measureBuilds(contentDir, hexoDir, articles, rounds, report);
}
