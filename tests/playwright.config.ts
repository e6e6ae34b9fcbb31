import path from 'node:path';
import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './e2e/support/chromium';
import { CENTURY_SECONDS, draftsEnv } from './e2e/support/drafts-env';
import {
  baseURLs,
  brokenIdpIssuer,
  corpusPrerender,
  corpusSourceDir,
  oidcIssuer,
  ports,
  repoRoot,
  servedHexoSite,
  servedHexoSiteDir,
  serverLog,
  instancesDatabase,
  throughProxy,
  xssArticlesDir,
} from './e2e/support/paths';

/**
 * End-to-end tests against two production builds of the site:
 *  - project `site`:    the included content/, login on through the test OpenID Connect provider
 *                       (oidc-server.mjs on 127.0.0.1:3190), embedded PGlite
 *                       → next build/start on 127.0.0.1:3100 (.next-test)
 *  - project `site-pg`: the same build started again against a real PostgreSQL server
 *                       (TEST_DATABASE_URL), the search index in it too → next start on
 *                       127.0.0.1:3102; runs the reader specs and search.spec.ts
 *  - project `outage`:  the same build once more, its PostgreSQL reached through a proxy the spec
 *                       switches off and on (db-proxy.mjs on 127.0.0.1:3191, control :3192), the
 *                       search index in it too
 *                       → next start on 127.0.0.1:3106; runs outage.spec.ts
 *  - project `corpus`:  a temp copy of ../shared/corpus, login off (no provider configured)
 *                       → next build/start on 127.0.0.1:3101 (.next-corpus)
 *  - project `idp`:     the `site` build once more, signing in through an identity provider that
 *                       idp-outage.spec.ts runs and breaks → next start on 127.0.0.1:3108
 *  - project `xss`:     articles carrying 180 XSS vectors in every field (xss-content.mjs writes
 *                       them first), login off → next build/start on 127.0.0.1:3107 (.next-xss)
 *  - project `drafts`:  tests/fixtures/drafts (drafts and scheduled articles), login on, editors and
 *                       authors' identities set, guest comments on; runs drafts*.spec.ts and comments*.spec.ts
 *                       → next build/start on 127.0.0.1:3103 (.next-drafts), and a copy of that
 *                       build started with its clock a century ahead on 127.0.0.1:3104
 *  - project `instances`: the drafts build started twice with its clock a century ahead, as instances
 *                       A and B of one deployment sharing one PostgreSQL database (TEST_DATABASE_URL)
 *                       and one Redis (TEST_REDIS_URL) reached through a proxy the spec cuts and
 *                       restores (db-proxy.mjs on 127.0.0.1:3194, control :3195)
 *                       → next start on 127.0.0.1:3111 and 3112; runs instances.spec.ts
 *  - project `hexo`:    a temp copy of one of the real Hexo sites in ../shared/hexo-sites as
 *                       HEXO_DIR (support/paths.ts servedHexoSite), login off
 *                       → next build/start on 127.0.0.1:3110 (.next-hexo); runs hexo.spec.ts
 *                       (against what the `hexo` package itself makes of that site) and hexo-*.spec.ts
 * Specs named `corpus.spec.ts` or `*.corpus.spec.ts` run in `corpus`, `drafts*.spec.ts` and `comments*.spec.ts` in `drafts`,
 * `search.spec.ts` in `site` and `site-pg`, `reader*.spec.ts` in `site-pg` when there is a PostgreSQL server and in `site` when not, `outage.spec.ts` in `outage`, `idp-outage.spec.ts` in `idp`, `xss.spec.ts` in `xss`,
 * `hexo.spec.ts` and `hexo-*.spec.ts` in `hexo`, `instances.spec.ts` in `instances`, every other spec in `site`. Run one project with `npm run test:e2e -- --project site`.
 *
 * Playwright cannot download browsers here: it drives the system Chromium (support/chromium.ts).
 */
const CI = !!process.env.CI;
/** A production build takes a couple of minutes on two cores; the two servers are built one after the other. */
const SERVER_START_TIMEOUT = 10 * 60_000;
/**
 * `--project site` (or `corpus`) on the command line starts only the server that project needs;
 * a plain run builds and starts both.
 */
function requestedProjects(argv: string[]): Set<string> | undefined {
  const names: string[] = [];
  argv.forEach((arg, i) => {
    if (arg.startsWith('--project=')) names.push(arg.slice('--project='.length));
    else if (arg === '--project') {
      // Playwright's --project takes one or more names.
      for (const next of argv.slice(i + 1)) {
        if (next.startsWith('-')) break;
        names.push(next);
      }
    }
  });
  return names.length ? new Set(names.flatMap((n) => n.split(','))) : undefined;
}
const wanted = requestedProjects(process.argv);
const serves = (project: 'site' | 'site-pg' | 'outage' | 'idp' | 'xss' | 'corpus' | 'drafts' | 'hexo' | 'instances') =>
  !wanted || wanted.has(project);

// The reader features must be proven against a real PostgreSQL server in CI, not only PGlite.
const testDatabaseUrl = process.env.TEST_DATABASE_URL;
if (CI && !testDatabaseUrl && serves('site-pg')) {
  throw new Error('CI is set but TEST_DATABASE_URL is not: .ci/run starts PostgreSQL with scripts/ci/postgres.sh and exports it.');
}
const withPostgres = serves('site-pg') && Boolean(testDatabaseUrl);
const withOutage = serves('outage') && Boolean(testDatabaseUrl);
if (CI && !testDatabaseUrl && serves('outage')) throw new Error('CI is set but TEST_DATABASE_URL is not: the outage tests need PostgreSQL.');
// Several instances sharing a cache need both servers; CI must run them, a local run without them says so.
const testRedisUrl = process.env.TEST_REDIS_URL;
if (CI && serves('instances') && (!testRedisUrl || !testDatabaseUrl)) {
  throw new Error('CI is set but TEST_REDIS_URL or TEST_DATABASE_URL is not: .ci/run starts Redis and PostgreSQL (scripts/ci/redis.sh, postgres.sh) and exports them for the instances tests.');
}
const withInstances = serves('instances') && Boolean(testRedisUrl) && Boolean(testDatabaseUrl);
if (serves('instances') && !withInstances && !process.env.TEST_WORKER_INDEX) {
  console.warn('Skipping the `instances` project: it needs TEST_REDIS_URL and TEST_DATABASE_URL (eval "$(bash scripts/ci/redis.sh start)" and eval "$(bash scripts/ci/postgres.sh start)").');
}

type WebServer = Extract<NonNullable<PlaywrightTestConfig['webServer']>, unknown[]>[number];
type ServerName = Parameters<typeof serverLog>[0];
/** One of the site's servers (serve.mjs: builds and starts it, logging to serverLog(name)). */
const site = (name: ServerName, port: number, args: string): WebServer => ({
  name,
  command: `node ${path.join('tests', 'e2e', 'support', 'serve.mjs')} --port ${port} ${args} --log ${JSON.stringify(serverLog(name))}`,
  cwd: repoRoot,
  port,
  timeout: SERVER_START_TIMEOUT,
  reuseExistingServer: !CI,
  stdout: 'pipe',
  stderr: 'pipe',
  // Lets serve.mjs stop `next start`, delete its temporary files and drop its database.
  gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
});
const identityProvider: WebServer = {
  name: 'oidc',
  command: `node ${path.join('tests', 'e2e', 'support', 'oidc-server.mjs')} --port ${ports.oidc}`,
  cwd: repoRoot,
  port: ports.oidc,
  reuseExistingServer: !CI,
  gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
};

/** A TCP proxy to `target`'s server that a spec can cut and restore through `control` (db-proxy.mjs). */
const tcpProxy = (name: string, port: number, control: number, target: string): WebServer => ({
  name,
  command: `node ${path.join('tests', 'e2e', 'support', 'db-proxy.mjs')} --port ${port} --control ${control} --target ${JSON.stringify(target)}`,
  cwd: repoRoot,
  port: control,
  reuseExistingServer: !CI,
  gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
});

/** Bookmarks, likes, history and their hardening: the specs whose outcome is stored in the database. */
const READER_SPECS = /(^|[\\/])reader[^\\/]*\.spec\.ts$/;

// Started in this order, each once the one before answers: site-pg starts the build site made.
const webServer: WebServer[] = [];
const login = `--oidc-issuer ${oidcIssuer}`;
// The `site` build has its search index in a file; started with this, the first search stores the
// index in the server's database (lib/search/postgres/) and every search is answered from there.
const searchInPostgres = '--env SEARCH_STORE=postgres';
if (serves('site') || withPostgres || withOutage || serves('drafts') || withInstances) webServer.push(identityProvider);
if (serves('site') || withPostgres || withOutage || serves('idp')) {
  webServer.push(site('site', ports.site, `--dist .next-test ${login}`));
}
if (withPostgres) {
  webServer.push(site('site-pg', ports.sitePg, `--dist .next-test --no-build ${login} --postgres ${JSON.stringify(testDatabaseUrl)} ${searchInPostgres}`));
}
if (withOutage) {
  webServer.push(tcpProxy('db-proxy', ports.dbProxy, ports.dbProxyControl, testDatabaseUrl!));
  webServer.push(site('site-outage', ports.siteOutage, `--dist .next-test --no-build ${login} --postgres ${JSON.stringify(throughProxy(testDatabaseUrl!, ports.dbProxy))} ${searchInPostgres}`));
}
// Drafts and scheduled articles (tests/fixtures/drafts), login on, editors and secrets set; then the
// same build, copied, started with its clock a century ahead: the scheduled articles are due there.
const drafts = `${login} --content tests/fixtures/drafts ${draftsEnv.map((pair) => `--env ${pair}`).join(' ')}`;
if (serves('drafts') || withInstances) webServer.push(site('drafts', ports.drafts, `--dist .next-drafts ${drafts}`));
if (serves('drafts')) {
  webServer.push(site('drafts-later', ports.draftsLater, `--dist .next-drafts-later --copy-build .next-drafts ${drafts} --env CLOCK_OFFSET_SECONDS=${CENTURY_SECONDS}`));
}
if (withInstances) {
  // The drafts build as two instances of one deployment, a century ahead like drafts-later (its
  // scheduled articles are due but its home page was built before them), sharing a database and a
  // Redis the spec can take away.
  webServer.push(tcpProxy('redis-proxy', ports.redisProxy, ports.redisProxyControl, testRedisUrl!));
  const shared = [
    `--dist .next-drafts --no-build ${drafts} --env CLOCK_OFFSET_SECONDS=${CENTURY_SECONDS}`,
    `--env REDIS_URL=${JSON.stringify(throughProxy(testRedisUrl!, ports.redisProxy))}`,
    `--postgres ${JSON.stringify(testDatabaseUrl)} --database ${instancesDatabase}`,
    // Their proxy is 127.0.0.1, where the spec's requests come from; other loopback addresses are
    // clients reaching the instances directly, whose X-Forwarded-For is not to be believed.
    '--env TRUSTED_PROXIES=127.0.0.1',
  ].join(' ');
  webServer.push(site('instance-a', ports.instanceA, shared));
  webServer.push(site('instance-b', ports.instanceB, shared));
}
if (serves('idp')) {
  webServer.push(site('site-idp', ports.siteIdp, `--dist .next-test --no-build --oidc-issuer ${brokenIdpIssuer}`));
}
if (serves('xss')) {
  const xss = site('xss', ports.xss, `--dist .next-xss --articles ${JSON.stringify(xssArticlesDir)}`);
  webServer.push({ ...xss, command: `node ${path.join('tests', 'e2e', 'support', 'xss-content.mjs')} --out ${JSON.stringify(xssArticlesDir)} && ${xss.command}` });
}
if (serves('corpus')) {
  // Built as a large site is: only the newest articles and the first list pages ahead of time, the
  // rest rendered on first request (lib/prerender.ts; prerender.corpus.spec.ts).
  const prerender = `--env PRERENDER_ARTICLES=${corpusPrerender.articles} --env PRERENDER_LIST_PAGES=${corpusPrerender.listPages}`;
  webServer.push(site('corpus', ports.corpus, `--dist .next-corpus --articles ${JSON.stringify(corpusSourceDir)} ${prerender}`));
}
if (serves('hexo')) {
  const { port, dist, prerender } = servedHexoSite;
  const ahead = `--env PRERENDER_ARTICLES=${prerender.articles} --env PRERENDER_LIST_PAGES=${prerender.listPages}`;
  webServer.push(site('hexo', port, `--dist ${dist} --hexo ${JSON.stringify(servedHexoSiteDir)} ${ahead}`));
}

export default defineConfig({
  testDir: './e2e',
  outputDir: path.join(repoRoot, 'test-results'),
  fullyParallel: true,
  forbidOnly: CI,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./e2e/support/summary-reporter.ts']],
  use: {
    ...devices['Desktop Chrome'],
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'site',
      testIgnore: [
        /(^|[\\/.])corpus\.spec\.ts$/,
        /(^|[\\/])drafts[^\\/]*\.spec\.ts$/,
        /(^|[\\/])comments[^\\/]*\.spec\.ts$/,
        /(^|[\\/])outage\.spec\.ts$/,
        /(^|[\\/])idp-outage\.spec\.ts$/,
        /(^|[\\/])xss\.spec\.ts$/,
        /(^|[\\/])hexo(-[^\\/]*)?\.spec\.ts$/,
        /(^|[\\/])instances\.spec\.ts$/,
        // With a PostgreSQL server the reader specs run once, against it, in `site-pg`: the
        // database layer is proven against both databases by the unit tests.
        ...(withPostgres ? [READER_SPECS] : []),
      ],
      use: { baseURL: baseURLs.site },
    },
    {
      name: 'site-pg',
      testMatch: withPostgres ? [READER_SPECS, /(^|[\\/])search\.spec\.ts$/] : /^$/,
      use: { baseURL: baseURLs.sitePg },
    },
    {
      name: 'outage',
      testMatch: withOutage ? /(^|[\\/])outage\.spec\.ts$/ : /^$/,
      use: { baseURL: baseURLs.siteOutage },
    },
    {
      name: 'idp',
      testMatch: /(^|[\\/])idp-outage\.spec\.ts$/,
      use: { baseURL: baseURLs.siteIdp },
    },
    {
      name: 'xss',
      testMatch: /(^|[\\/])xss\.spec\.ts$/,
      use: { baseURL: baseURLs.xss },
    },
    {
      name: 'drafts',
      testMatch: [/(^|[\\/])drafts[^\\/]*\.spec\.ts$/, /(^|[\\/])comments[^\\/]*\.spec\.ts$/],
      use: { baseURL: baseURLs.drafts },
    },
    {
      name: 'corpus',
      testMatch: /(^|[\\/.])corpus\.spec\.ts$/,
      use: { baseURL: baseURLs.corpus },
    },
    {
      name: 'instances',
      testMatch: withInstances ? /(^|[\\/])instances\.spec\.ts$/ : /^$/,
      use: { baseURL: baseURLs.instanceA },
    },
    {
      name: 'hexo',
      testMatch: /(^|[\\/])hexo(-[^\\/]*)?\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${servedHexoSite.port}` },
    },
  ],
  webServer,
});
