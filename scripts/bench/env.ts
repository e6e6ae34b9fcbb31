import os from 'node:os';
import path from 'node:path';

/** The build folder every benchmark builds into and serves from. */
export const BENCH_DIST = '.next-bench';
/** Where `next start` serves the benchmark build; its SITE_URL. */
export const BENCH_PORT = 3200;

/**
 * The caller's environment without anything that changes what the site builds or how it runs
 * (content, build folder and output, login, prerender sizes, database, mode): a stray value in the
 * caller's shell must not change what is measured or checked. Callers set what they need on top.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^(AUTH_|NEXTAUTH_|PRERENDER_|(CONTENT_DIR|ARTICLES_DIR|HEXO_DIR|NEXT_DIST_DIR|NEXT_OUTPUT|DATABASE_URL|REDIS_URL|TRUSTED_PROXIES|NODE_ENV)$)/.test(name)) delete env[name];
  }
  return env;
}

/**
 * The environment of a benchmark build and server: the given content, the site as it is deployed
 * with login on (a GitHub app that is never called: signing in is not measured) and an embedded
 * database in a fresh folder.
 */
export function benchEnv(contentDir: string): NodeJS.ProcessEnv {
  return {
    ...cleanEnv(),
    CONTENT_DIR: path.resolve(contentDir),
    NEXT_DIST_DIR: BENCH_DIST,
    NEXT_TELEMETRY_DISABLED: '1',
    DATA_DIR: path.join(os.tmpdir(), `yuedu-bench-data-${process.pid}`),
    SITE_URL: `http://127.0.0.1:${BENCH_PORT}`,
    AUTH_GITHUB_ID: 'bench',
    AUTH_GITHUB_SECRET: 'bench',
    NEXTAUTH_SECRET: 'bench-secret-not-for-production',
  };
}

/** A file the content step writes for the benchmark build, named after its build folder as the site names it. */
export const benchBuildFile = (folder: '.content' | '.search') => path.join(folder, `${BENCH_DIST.replace(/^\.+/, '')}.${folder === '.search' ? 'bin' : 'json'}`);
