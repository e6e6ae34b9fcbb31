// A Hexo site at scale: the same generated articles built as a content folder (today's path), as
// a Hexo site (HEXO_DIR: its config, permalinks, old-URL table, files), and by Hexo itself
// (`hexo generate` with the landscape theme), in turn for several rounds, with the ratios of their
// build times and peak memory; then the seed article's page as our build serves it beside the page
// Hexo published for it; and the old-URL table of that site, its size and the time to look an
// address up.
//
//   npm run bench -- hexo [--articles 10000] [--rounds 3]   (--rounds 0: the table only)
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { indexContent, readContent, resolveOldUrl } from '@/lib/content/load';
import { readHexoSite } from '@/lib/hexo/config';
import { site } from '@/lib/site';
import { benchEnv, BENCH_PORT } from './env';
import { hexoPostPage, measureHexoGenerate, writeHexoSite, type HexoGenerateFigures, type HexoSite } from './hexo-generate';
import { measureBuild, type BuildFigures } from './measure-build';
import { median, ratio, round, type Report } from './report';
import { SEED_ARTICLE } from './seed';
import { startSite } from './servers';
import { BENCH_PAGES, generateBenchSite } from './site';

export async function run(args: string[], report: Report): Promise<void> {
  const { values } = parseArgs({ args, strict: false, options: { articles: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '3' } } });
  await measureHexo(Number(values.articles), Number(values.rounds), report);
}

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

/** Our build of the Hexo site, as `HEXO_DIR` names it. */
const hexoSiteEnv = (hexoDir: string) => ({ ...benchEnv(hexoDir), HEXO_DIR: hexoDir });

/**
 * Builds the plain site, the Hexo site and Hexo's own copy of it (`hexo generate`) in turn, `rounds`
 * times, each cold; reports each build and the median ratios. The Hexo site's build is the last.
 */
async function measureBuilds(contentDir: string, hexoDir: string, hexo: HexoSite, articles: number, rounds: number, report: Report): Promise<void> {
  const rows: ((BuildFigures | HexoGenerateFigures) & { site: string; round: number })[] = [];
  const builds: { plain: BuildFigures; hexoSite: BuildFigures; generated: HexoGenerateFigures }[] = [];
  for (let round = 1; round <= rounds; round++) {
    console.log(`building ${articles.toLocaleString('en')} articles, plain, with hexo generate, then as a Hexo site (round ${round} of ${rounds}) …`);
    const plain = await measureBuild(contentDir, articles);
    const generated = await measureHexoGenerate(hexo);
    const hexoSite = await measureBuild(hexoDir, articles, hexoSiteEnv(hexoDir));
    builds.push({ plain, hexoSite, generated });
    rows.push({ site: 'content folder', round, ...plain }, { site: 'Hexo site', round, ...hexoSite }, { site: 'hexo generate (landscape)', round, ...generated });
  }
  report.section(`hexo: build of ${articles.toLocaleString('en')} articles as a content folder, as a Hexo site, and by hexo generate`, rows);
  const figure = (label: string, of: (build: (typeof builds)[number]) => number) => {
    const values = builds.map(of);
    report.figure('hexo', `${label}, median of ${rounds} rounds (${values.join(', ')})`, median(values));
  };
  figure('build time, Hexo site / content folder', (b) => ratio(b.hexoSite.seconds, b.plain.seconds));
  figure('peak memory, Hexo site / content folder', (b) => ratio(b.hexoSite.peakRssMiB, b.plain.peakRssMiB));
  figure('build time, content folder / hexo generate', (b) => ratio(b.plain.seconds, b.generated.seconds));
  figure('peak memory, content folder / hexo generate', (b) => ratio(b.plain.peakRssMiB, b.generated.peakRssMiB));
  figure('build time, Hexo site / hexo generate', (b) => ratio(b.hexoSite.seconds, b.generated.seconds));
  figure('peak memory, Hexo site / hexo generate', (b) => ratio(b.hexoSite.peakRssMiB, b.generated.peakRssMiB));
}

/** gzip at the level `next start` compresses pages with (its compression middleware's default). */
const gzipBytes = (html: Buffer) => gzipSync(html, { level: 6 }).length;
const pageRow = (page: string, html: Buffer) => ({ page, 'HTML bytes': html.length, 'HTML gzip': gzipBytes(html) });

/**
 * The seed article's page as our build of the Hexo site serves it (the last build), beside the page
 * `hexo generate` published for it in the same site and in a Hexo site of the seed alone.
 */
async function measureSeedPage(hexoDir: string, hexo: HexoSite, seedAlone: HexoSite, articles: number, report: Report): Promise<void> {
  const server = await startSite(BENCH_PORT, { ...hexoSiteEnv(hexoDir), NODE_ENV: 'production' });
  let ours: Buffer;
  try {
    const response = await fetch(server.url + BENCH_PAGES.article);
    if (!response.ok) throw new Error(`the seed article answered ${response.status}`);
    ours = Buffer.from(await response.arrayBuffer());
  } finally {
    await server.stop();
  }
  await measureHexoGenerate(seedAlone);
  const own = pageRow(`ours, Hexo site of ${articles.toLocaleString('en')} articles`, ours);
  const same = pageRow('hexo generate (landscape), same site', hexoPostPage(hexo, SEED_ARTICLE));
  const alone = pageRow('hexo generate (landscape), the seed alone', hexoPostPage(seedAlone, SEED_ARTICLE));
  report.section("hexo: the seed article's page (bytes; gzip level 6)", [own, same, alone]);
  report.figure('hexo', 'seed article HTML gzip, ours / hexo generate (same site)', ratio(own['HTML gzip'], same['HTML gzip']));
  report.figure('hexo', 'seed article HTML bytes, ours / hexo generate (same site)', ratio(own['HTML bytes'], same['HTML bytes']));
  report.figure('hexo', 'seed article HTML gzip, ours / hexo generate (the seed alone)', ratio(own['HTML gzip'], alone['HTML gzip']));
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

/** A Hexo site of the seed article alone, as `hexo generate` builds it. */
function seedAloneSite(contentDir: string): HexoSite {
  const dir = path.join(contentDir, 'seed-alone');
  fs.mkdirSync(path.join(dir, 'articles', path.dirname(SEED_ARTICLE)), { recursive: true });
  fs.copyFileSync(path.join(contentDir, 'articles', SEED_ARTICLE), path.join(dir, 'articles', SEED_ARTICLE));
  return writeHexoSite(hexoSiteOf(dir), path.join(dir, 'hexo-generate'));
}

export async function measureHexo(articles: number, rounds: number, report: Report): Promise<void> {
  const contentDir = await generateBenchSite(articles);
  const hexoDir = hexoSiteOf(contentDir);
  await measureTable(hexoDir, articles, report);
  // `--rounds 0`: the table alone, without a build.
  if (rounds === 0) return;
  const hexo = writeHexoSite(hexoDir, path.join(contentDir, 'hexo-generate'));
  await measureBuilds(contentDir, hexoDir, hexo, articles, rounds, report);
  await measureSeedPage(hexoDir, hexo, seedAloneSite(contentDir), articles, report);
}
