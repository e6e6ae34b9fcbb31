#!/usr/bin/env node
// Builds and serves one production instance of the site for the e2e tests:
//
//   node tests/e2e/support/serve.mjs --port 3100 --dist .next-test --log /tmp/x.log
//   node tests/e2e/support/serve.mjs --port 3101 --dist .next-corpus --articles ../shared/corpus --log /tmp/y.log
//   node tests/e2e/support/serve.mjs --port 3102 --dist .next-test --no-build --postgres postgres://… --log /tmp/z.log
//   node tests/e2e/support/serve.mjs --port 3110 --dist .next-hexo --hexo ../shared/hexo-sites/CCLMSY__Hexo_Blog --log /tmp/h.log
//
// Login is on when --oidc-issuer names the test identity provider (oidc-server.mjs): the site is
// then built and started with it as its OpenID Connect provider. --postgres gives the server a new
// database on that PostgreSQL server (migrated with `npm run db:migrate`, dropped on exit) instead
// of the embedded one; with --database NAME, that database instead, so several servers share it (the
// first one creates it, and drops it on exit). --no-build starts an existing build (another server's) as it is;
// --copy-build DIR first copies that build to --dist, so this server's regenerated pages (ISR) stay
// its own. --content DIR serves that content root (articles/, authors/). --env NAME=VALUE (repeatable)
// sets anything else the server needs.
//
// With --articles, that folder is first copied into a fresh temporary folder (the source stays
// untouched) and served as ARTICLES_DIR; CONTENT_DIR stays the default, so authors and categories
// still come from content/. --hexo DIR does the same with a whole Hexo site (the folder with
// _config.yml), served as HEXO_DIR: its posts, pages, files and old addresses. Every server gets a
// fresh, empty DATA_DIR (the embedded database), so tests never see tips from an earlier run.
// Writes the search index, runs `next build`, then `next start -p <port> -H 127.0.0.1`, mirroring
// all output to the terminal and to the log file, which the specs read afterwards.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { loginEnv } from './login-env.mjs';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string' },
    dist: { type: 'string' },
    articles: { type: 'string' },
    hexo: { type: 'string' },
    log: { type: 'string' },
    'oidc-issuer': { type: 'string' },
    postgres: { type: 'string' },
    database: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    'copy-build': { type: 'string' },
    content: { type: 'string' },
    env: { type: 'string', multiple: true, default: [] },
  },
});
if (!args.port || !args.dist || !args.log) {
  console.error('usage: serve.mjs --port N --dist DIR --log FILE [--articles DIR | --hexo DIR] [--oidc-issuer URL] [--postgres URL [--database NAME]] [--no-build]');
  process.exit(2);
}

const root = process.cwd();
const requireFromRoot = createRequire(path.join(root, 'package.json'));
const nextBin = requireFromRoot.resolve('next/dist/bin/next');
const tsxCli = requireFromRoot.resolve('tsx/cli');
fs.mkdirSync(path.dirname(args.log), { recursive: true });
const log = fs.createWriteStream(args.log, { flags: 'w' });
const say = (line) => {
  process.stdout.write(`${line}\n`);
  log.write(`${line}\n`);
};

const env = { ...process.env, NEXT_DIST_DIR: args.dist, NEXT_TELEMETRY_DISABLED: '1' };
// Only what this script decides: a stray value in the caller's shell must not change what is tested.
for (const name of Object.keys(env)) {
  if (/^(AUTH_|NEXTAUTH_)/.test(name)) delete env[name];
}
delete env.ARTICLES_DIR;
delete env.CONTENT_DIR;
delete env.HEXO_DIR;
delete env.NODE_ENV;
delete env.DATABASE_URL;
delete env.REDIS_URL;
// The specs play a proxy on loopback: they name the client they stand for in X-Forwarded-For.
// A spec that needs the default (no proxy trusted) passes --env TRUSTED_PROXIES= or starts its own server.
env.TRUSTED_PROXIES = 'loopback';
if (args['oidc-issuer']) Object.assign(env, loginEnv(args['oidc-issuer'], args.port));
if (args.content) env.CONTENT_DIR = path.resolve(args.content);
for (const pair of args.env) {
  const at = pair.indexOf('=');
  if (at < 1) {
    console.error(`--env takes NAME=VALUE, not ${pair}`);
    process.exit(2);
  }
  env[pair.slice(0, at)] = pair.slice(at + 1);
}

const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yuedu-serve-'));
env.DATA_DIR = path.join(tempDir, 'data');
if (args.articles) {
  const source = path.resolve(root, args.articles);
  if (!fs.existsSync(source)) {
    say(`[serve] the articles folder ${source} does not exist`);
    process.exit(1);
  }
  const copy = path.join(tempDir, 'articles');
  fs.cpSync(source, copy, { recursive: true });
  env.ARTICLES_DIR = copy;
}
if (args.hexo) {
  const source = path.resolve(root, args.hexo);
  if (!fs.existsSync(path.join(source, '_config.yml'))) {
    say(`[serve] ${source} is not a Hexo site (no _config.yml)`);
    process.exit(1);
  }
  const copy = path.join(tempDir, 'hexo');
  fs.cpSync(source, copy, { recursive: true });
  env.HEXO_DIR = copy;
}
say(
  `[serve] ${args.dist} on 127.0.0.1:${args.port}, ` +
    `${env.HEXO_DIR ? `HEXO_DIR=${env.HEXO_DIR} (a copy of ${args.hexo})` : `ARTICLES_DIR=${env.ARTICLES_DIR ?? '(default: content/articles)'}`}, ` +
    `login ${env.AUTH_OIDC_ISSUER ? `via ${env.AUTH_OIDC_ISSUER}` : 'off'}, database ${args.postgres ? 'PostgreSQL' : 'PGlite'}, log ${args.log}`,
);

let dropDatabase = async () => {};
const cleanup = () => fs.rmSync(tempDir, { recursive: true, force: true });
if (args.postgres) {
  const pg = requireFromRoot('pg');
  if (args.database !== undefined && !/^[a-z_][a-z0-9_]*$/.test(args.database)) {
    say(`[serve] --database takes a lower-case SQL name, not ${args.database}`);
    process.exit(2);
  }
  const name = args.database ?? `yuedu_e2e_${process.pid}_${Date.now()}`;
  const onServer = async (statement) => {
    const client = new pg.Client({ connectionString: args.postgres });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  const exists = async () => {
    const client = new pg.Client({ connectionString: args.postgres });
    await client.connect();
    try {
      return (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount > 0;
    } finally {
      await client.end();
    }
  };
  // A shared database is made by the first of its servers, which alone drops it.
  const shared = args.database !== undefined && (await exists());
  if (!shared) await onServer(`create database ${name}`);
  const url = new URL(args.postgres);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  if (!shared) dropDatabase = () => onServer(`drop database if exists ${name} with (force)`).catch(() => {});
}

let child;
function run(bin, argv) {
  return new Promise((resolve) => {
    child = spawn(process.execPath, [bin, ...argv], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      log.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      log.write(chunk);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, async () => {
    child?.kill('SIGTERM');
    cleanup();
    await dropDatabase();
    process.exit(0);
  });
}
process.on('exit', cleanup);

// What `npm run build` does (the content step, then next build with the search index beside it); and a PostgreSQL database is
// migrated before the server starts, as a deployment does.
if (args['copy-build']) {
  fs.rmSync(path.join(root, args.dist), { recursive: true, force: true });
  fs.cpSync(path.join(root, args['copy-build']), path.join(root, args.dist), { recursive: true });
  // The files the build's content step wrote beside it (the content manifest and the search index).
  const buildFile = ([folder, extension], dist) => path.join(root, folder, `${path.basename(dist).replace(/^\.+/, '')}.${extension}`);
  for (const file of [['.content', 'json'], ['.search', 'bin']]) fs.copyFileSync(buildFile(file, args['copy-build']), buildFile(file, args.dist));
}
const steps = args['no-build'] || args['copy-build']
  ? []
  : [
      ['build', tsxCli, ['scripts/build.ts']],
    ];
if (args.postgres) steps.push(['database migration', tsxCli, ['scripts/db-migrate.ts']]);
for (const [name, bin, argv] of steps) {
  const exit = await run(bin, argv);
  if (exit !== 0) {
    say(`[serve] ${name} failed with exit code ${exit}`);
    cleanup();
    await dropDatabase();
    process.exit(exit);
  }
}
const code = await run(nextBin, ['start', '-p', args.port, '-H', '127.0.0.1']);
cleanup();
await dropDatabase();
process.exit(code);
