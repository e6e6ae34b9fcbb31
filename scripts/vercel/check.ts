// `npm run test:deploy`: the site builds and runs unchanged on Vercel and self-hosted.
//
// 1. `vercel build` (the Vercel CLI, offline: a local .vercel/project.json, no login) must produce
//    .vercel/output with a function for every dynamic route, the content the functions read traced
//    into them, and the prerendered pages.
// 2. That build, served as on Vercel (VERCEL=1: no embedded database) with fs-write-guard.cjs
//    preloaded, is crawled; no request may write to the file system (a function's is read-only).
// 3. `output: 'standalone'` (NEXT_OUTPUT=standalone) must build, and its server.js must serve the
//    site from a folder of its own.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { articleHref } from '@/lib/content/href';
import { cleanEnv } from '../bench/env';
import { SEED_SLUG } from '../bench/seed';

const root = process.cwd();
const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

/** The environment of a deployment: only what this check sets (a stray value in the shell must not count). */
function deployEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...cleanEnv(), NEXT_TELEMETRY_DISABLED: '1', VERCEL_TELEMETRY_DISABLED: '1', ...extra };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout + result.stderr;
}

async function serve(command: string, args: string[], env: NodeJS.ProcessEnv, port: number, cwd = root) {
  const child = spawn(command, args, { cwd, env: { ...env, PORT: String(port), HOSTNAME: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.resume();
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240 && !(await fetch(base).then(() => true, () => false)); i++) await new Promise((r) => setTimeout(r, 250));
  return { base, stderr: () => stderr, stop: () => new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM'))) };
}

/** Every page the sitemap lists, the feeds, a search, and the routes rendered on first request. */
async function crawlTargets(base: string): Promise<string[]> {
  const sitemapIndex = await (await fetch(`${base}/sitemap.xml`)).text();
  const pages: string[] = [];
  for (const [, sitemap] of sitemapIndex.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = await (await fetch(base + new URL(sitemap!).pathname)).text();
    for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) pages.push(new URL(loc!).pathname);
  }
  const seed = articleHref(SEED_SLUG);
  return [
    ...pages,
    '/feed.xml', '/atom.xml', '/feed.json', '/robots.txt', `/search?q=${encodeURIComponent('中心化')}`,
    `${seed}/qr.svg`, '/feeds/authors/woshipm/feed.xml', `/feeds/categories/${encodeURIComponent('新媒体')}/atom.xml`,
    '/api/revalidate', '/articles/no-such-article', '/login', '/me', '/drafts',
  ];
}

const vercelOutput = path.join(root, '.vercel', 'output');
const vercelFunctions = path.join(vercelOutput, 'functions');

/** 1. `vercel build` makes the Build Output: a function per dynamic route, carrying its content, and the prerendered pages. */
function vercelBuild() {
  fs.mkdirSync(path.join(root, '.vercel'), { recursive: true });
  const project = path.join(root, '.vercel', 'project.json');
  if (!fs.existsSync(project)) {
    fs.writeFileSync(project, JSON.stringify({ projectId: 'prj_local', orgId: 'team_local', settings: { framework: 'nextjs' } }));
  }
  fs.rmSync(vercelOutput, { recursive: true, force: true });
  console.log('vercel build …');
  const log = run(path.join(root, 'node_modules', '.bin', 'vercel'), ['build', '--yes'], deployEnv({}));
  check(/\[赞赏\].*DATABASE_URL/.test(log), 'the build log warns that tips need DATABASE_URL on Vercel');
  check(JSON.parse(fs.readFileSync(path.join(vercelOutput, 'config.json'), 'utf8')).version === 3, '.vercel/output/config.json is Build Output API version 3');
  for (const route of ['articles/[slug]', 'search', 'api/auth/[...nextauth]', 'api/revalidate', 'api/reader/bookmarks/[slug]', 'api/tips', 'feeds/authors/[slug]/[file]']) {
    check(fs.existsSync(path.join(vercelFunctions, `${route}.func`, '.vc-config.json')), `a function for /${route}`);
  }
  // Vercel names prerendered paths as they read, not percent-encoded.
  const seedOutput = decodeURIComponent(articleHref(SEED_SLUG).slice(1));
  const seedFunction = path.join(vercelFunctions, `${seedOutput}.func`);
  const traced = Object.keys(JSON.parse(fs.readFileSync(path.join(seedFunction, '.vc-config.json'), 'utf8')).filePathMap as object);
  check(traced.includes('.content/next.json'), 'the article function carries the content manifest');
  check(!traced.some((f) => /^\.content\/(?!next\.json$)/.test(f)), 'and no other build’s manifest');
  check(traced.some((f) => f.startsWith('content/articles/') && f.endsWith('.md')), 'and the article files');
  const searchTraced = Object.keys(JSON.parse(fs.readFileSync(path.join(vercelFunctions, 'search.func', '.vc-config.json'), 'utf8')).filePathMap as object);
  check(searchTraced.includes('.search/next.bin'), 'the search function carries the search index');
  const emitted = ['server', 'static'].flatMap((folder) => fs.readdirSync(path.join(root, '.next', folder), { recursive: true }).map(String));
  const maps = emitted.filter((f) => f.endsWith('.map'));
  check(maps.length === 0, `the build made no source maps (${maps.length}: ${maps.slice(0, 2).join(', ')}…)`);
  const entries = fs.readdirSync(vercelFunctions, { recursive: true }).map(String);
  const prerendered = entries.filter((f) => f.endsWith('.prerender-config.json'));
  check(prerendered.includes(`${seedOutput}.prerender-config.json`), 'the seed article is prerendered');
  check(prerendered.includes('index.prerender-config.json'), 'the home page is prerendered');
  console.log(`  ${prerendered.length} prerendered routes, ${entries.filter((f) => f.endsWith('.func')).length} function entries`);
}

/** 2. The build vercel made, served as on Vercel and crawled: no request may write to the file system. */
async function servedAsOnVercel() {
  const guard = path.join(root, 'scripts', 'vercel', 'fs-write-guard.cjs');
  const env = deployEnv({ VERCEL: '1', NODE_ENV: 'production', NODE_OPTIONS: `--require ${guard}`, SITE_URL: 'http://127.0.0.1:3290' });
  const server = await serve(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', '3290', '-H', '127.0.0.1'], env, 3290);
  try {
    const targets = await crawlTargets(server.base);
    const statuses = await Promise.all(targets.map(async (target) => [target, (await fetch(server.base + target)).status] as const));
    check(statuses.every(([, status]) => status < 500), `${targets.length} requests as on Vercel, none answered 5xx`);
    for (const [target, status] of statuses.filter(([, s]) => s >= 500)) console.log(`  ${status} ${target}`);
    // Without DATABASE_URL a Vercel function has no database: the tip counts say so, as a 503.
    const supporters = await fetch(`${server.base}/api/articles/${encodeURIComponent(SEED_SLUG)}/supporters`);
    check(supporters.status === 503, `without a database the supporter counts answer 503, not an error (got ${supporters.status})`);
  } finally {
    await server.stop();
  }
  const writes = server.stderr().split('\n').filter((line) => line.startsWith('[fs-write]'));
  check(writes.length === 0, 'no request wrote to the file system');
  for (const line of writes.slice(0, 20)) console.log(`  ${line}`);
}

/** 3. The standalone output serves the site from a folder of its own. */
async function standalone() {
  const dist = '.next-standalone';
  console.log('standalone build …');
  run('npm', ['run', 'build'], deployEnv({ NEXT_OUTPUT: 'standalone', NEXT_DIST_DIR: dist }));
  const app = fs.mkdtempSync(path.join(os.tmpdir(), 'yuedu-standalone-'));
  try {
    // What a self-hosted deployment copies: the standalone folder, plus the static files it does not serve itself.
    fs.cpSync(path.join(root, dist, 'standalone'), app, { recursive: true, verbatimSymlinks: true });
    fs.cpSync(path.join(root, dist, 'static'), path.join(app, dist, 'static'), { recursive: true });
    fs.cpSync(path.join(root, 'public'), path.join(app, 'public'), { recursive: true });
    const env = deployEnv({ NODE_ENV: 'production', NEXT_DIST_DIR: dist, DATA_DIR: path.join(app, 'data'), SITE_URL: 'http://127.0.0.1:3291' });
    const server = await serve(process.execPath, [path.join(app, 'server.js')], env, 3291, app);
    try {
      const seed = await fetch(server.base + articleHref(SEED_SLUG));
      check(seed.status === 200 && (await seed.text()).includes('去中心化'), 'standalone server.js serves the seed article from its own folder');
      const search = await fetch(`${server.base}/search?q=${encodeURIComponent('中心化')}`);
      check(search.status === 200 && (await search.text()).includes('去中心化'), 'and finds it by search');
      check((await fetch(`${server.base}/feed.xml`)).status === 200, 'and serves the feed');
    } finally {
      await server.stop();
    }
  } finally {
    fs.rmSync(app, { recursive: true, force: true });
  }
}

vercelBuild();
await servedAsOnVercel();
await standalone();
if (failures.length) {
  console.error(`\n${failures.length} deployment check(s) failed`);
  process.exit(1);
}
console.log('\nall deployment checks passed');
