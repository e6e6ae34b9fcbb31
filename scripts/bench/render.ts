// Rendering what Hexo authors write — tag plugins, math (KaTeX), highlighted code (Shiki),
// diagrams — measured against the site as it was before it did: a generated Hexo site of N posts
// drawn from the four real blogs in ../shared/hexo-sites (their code, math and tags kept), built by
// this checkout and by a baseline checkout (a git worktree of `--baseline`, sharing node_modules),
// in turn for several rounds. Then both builds are served and an article is weighed in Chromium: one
// with code and images but no diagram (the page's JavaScript), and one with math and code (its HTML
// and CSS).
//
//   npm run bench -- render [--articles 10000] [--rounds 3] [--baseline <git ref>]
//
// The two builds and their servers share one machine: compare the ratios, within one run.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import YAML from 'yaml';
import { splitFrontMatter } from '@/lib/content/front-matter';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/e2e/support/chromium';
import { BENCH_PORT, benchEnv } from './env';
import { measureBuild, type BuildFigures } from './measure-build';
import { pick, random } from './random';
import { median, ratio, round, type Report } from './report';
import { startSite } from './servers';

/** The commit before tag plugins, math and code were rendered: what "today's" build was. */
export const DEFAULT_BASELINE = 'e1fcd9b';
const SITES_DIR = '../shared/hexo-sites';

export async function run(args: string[], report: Report): Promise<void> {
  const { values } = parseArgs({
    args,
    strict: false,
    options: { articles: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '3' }, baseline: { type: 'string', default: DEFAULT_BASELINE } },
  });
  await measureRendering(Number(values.articles), Number(values.rounds), String(values.baseline), report);
}

type SourcePost = { data: Record<string, unknown>; body: string };

/** The shared blogs' posts that stand alone: none that needs its asset folder, which is not copied. */
function sourcePosts(): SourcePost[] {
  const posts: SourcePost[] = [];
  for (const site of fs.readdirSync(SITES_DIR)) {
    const dir = path.join(SITES_DIR, site, 'source', '_posts');
    if (!fs.existsSync(dir)) continue;
    for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
      const split = splitFrontMatter(fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
      if (!split.ok || /\{%\s*asset_|\]\((?!https?:|\/)/.test(split.body)) continue;
      posts.push({ data: split.data, body: split.body });
    }
  }
  return posts;
}

const has = {
  code: (body: string) => /^\s*```\w+/m.test(body),
  math: (body: string) => /\$\$[\s\S]+?\$\$|\$[^$\s][^$\n]*\$/.test(body),
  diagram: (body: string) => /```mermaid|\{%\s*mermaid/.test(body),
  image: (body: string) => /!\[[^\]]*\]\(https?:|<img\s/.test(body),
};

/** A Hexo site of `count` posts in a temporary folder; returns it with two posts to weigh. */
function generateSite(count: number): { dir: string; codePost: string; mathPost: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `yuedu-bench-render-${count}-`));
  const posts = path.join(dir, 'source', '_posts');
  fs.mkdirSync(posts, { recursive: true });
  fs.writeFileSync(
    path.join(dir, '_config.yml'),
    ['title: 基准博客', 'author: 博主', 'language: zh-CN', 'timezone: Asia/Shanghai', 'permalink: :year/:month/:day/:title/', 'per_page: 10', ''].join('\n'),
  );
  const sources = sourcePosts();
  const next = random(16);
  const first = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2026, 0, 1) - first;
  let codePost = '';
  let mathPost = '';
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length]!;
    const name = `p${i}`;
    const date = new Date(first + Math.floor(next() * span));
    const flags = Object.fromEntries(['mathjax', 'katex', 'math'].filter((key) => key in source.data).map((key) => [key, source.data[key]]));
    const data = { title: `${String(source.data.title ?? name)} · ${i}`, date: date.toISOString().slice(0, 19).replace('T', ' '), tags: [pick(['笔记', '教程', '随笔', '工具'], next)], ...flags };
    fs.writeFileSync(path.join(posts, `${name}.md`), `---\n${YAML.stringify(data)}---\n${source.body}`);
    if (!codePost && has.code(source.body) && has.image(source.body) && !has.diagram(source.body) && !has.math(source.body)) codePost = name;
    if (!mathPost && has.math(source.body) && has.code(source.body) && flags.mathjax !== false) mathPost = name;
  }
  return { dir, codePost, mathPost };
}

/**
 * A worktree of the site at `ref`, with this checkout's node_modules (the new packages only add to
 * the old) hard-linked in: Turbopack does not follow a node_modules that is a link out of the project.
 */
function baselineCheckout(ref: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yuedu-bench-baseline-'));
  execFileSync('git', ['worktree', 'add', '--detach', dir, ref], { stdio: 'ignore' });
  execFileSync('cp', ['-al', path.resolve('node_modules'), path.join(dir, 'node_modules')]);
  process.on('exit', () => {
    execFileSync('git', ['worktree', 'remove', '--force', dir], { stdio: 'ignore' });
  });
  return dir;
}

type Weight = { build: string; page: string; 'HTML gzip': number; 'JS gzip': number; 'CSS gzip': number; scripts: number; stylesheets: number };

async function weigh(url: string, build: string, page: string): Promise<Weight> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const tab = await browser.newPage();
    const bodies: Promise<{ type: string; bytes: number }>[] = [];
    tab.on('response', (response) => {
      const type = response.request().resourceType();
      if (type === 'script' || type === 'stylesheet') bodies.push(response.body().then((body) => ({ type, bytes: gzipSync(body).length }), () => ({ type, bytes: 0 })));
    });
    const response = await tab.goto(url, { waitUntil: 'networkidle' });
    const html = await response!.body();
    const loaded = await Promise.all(bodies);
    const sum = (type: string) => loaded.filter((b) => b.type === type).reduce((total, b) => total + b.bytes, 0);
    return {
      build,
      page,
      'HTML gzip': gzipSync(html).length,
      'JS gzip': sum('script'),
      'CSS gzip': sum('stylesheet'),
      scripts: loaded.filter((b) => b.type === 'script').length,
      stylesheets: loaded.filter((b) => b.type === 'stylesheet').length,
    };
  } finally {
    await browser.close();
  }
}

export async function measureRendering(articles: number, rounds: number, baselineRef: string, report: Report): Promise<void> {
  const { dir, codePost, mathPost } = generateSite(articles);
  const baseline = baselineCheckout(baselineRef);
  const env = { ...benchEnv(dir), HEXO_DIR: dir };
  const builds: (BuildFigures & { build: string; round: number })[] = [];
  const times: number[] = [];
  const memory: number[] = [];
  for (let round = 1; round <= Math.max(rounds, 1); round++) {
    console.log(`building ${articles.toLocaleString('en')} Hexo posts, baseline ${baselineRef} then this checkout (round ${round} of ${rounds}) …`);
    const before = await measureBuild(dir, articles, env, baseline);
    const after = await measureBuild(dir, articles, env);
    builds.push({ build: `baseline ${baselineRef}`, round, ...before }, { build: 'this checkout', round, ...after });
    times.push(ratio(after.seconds, before.seconds));
    memory.push(ratio(after.peakRssMiB, before.peakRssMiB));
  }
  report.section(`render: build of ${articles.toLocaleString('en')} Hexo posts with code, math and tags`, builds);
  report.figure('render', `build time, this checkout / baseline, median of ${times.length} rounds (${times.join(', ')})`, median(times));
  report.figure('render', `peak memory, this checkout / baseline, median of ${memory.length} rounds (${memory.join(', ')})`, median(memory));

  const weights: Weight[] = [];
  for (const [build, cwd] of [[`baseline ${baselineRef}`, baseline], ['this checkout', process.cwd()]] as const) {
    const site = await startSite(BENCH_PORT, { ...env, NODE_ENV: 'production' }, cwd);
    try {
      weights.push(await weigh(`${site.url}/articles/${codePost}`, build, `${codePost}: code and images, no diagram`));
      weights.push(await weigh(`${site.url}/articles/${mathPost}`, build, `${mathPost}: math and code`));
    } finally {
      await site.stop();
    }
  }
  report.section('render: page weight (gzip bytes of the HTML, and of every script and stylesheet the page loads)', weights);
  const [beforeCode, beforeMath, afterCode, afterMath] = weights;
  report.figure('render', 'JS gzip added to an article without a diagram (bytes)', afterCode!['JS gzip'] - beforeCode!['JS gzip']);
  report.figure('render', 'HTML gzip added to a page with math and code (bytes)', afterMath!['HTML gzip'] - beforeMath!['HTML gzip']);
  report.figure('render', 'CSS gzip added to a page with math and code (bytes)', afterMath!['CSS gzip'] - beforeMath!['CSS gzip']);
  report.figure('render', 'HTML gzip, page with math and code, this checkout / baseline', round(afterMath!['HTML gzip'] / beforeMath!['HTML gzip'], 2));
}
