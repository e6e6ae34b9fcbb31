import os from 'node:os';
import path from 'node:path';

/**
 * Paths shared by the Playwright config (main process) and the specs (worker processes). Every
 * value is derived deterministically, because the config file is evaluated again in each worker.
 */
export const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

/** The included content (the seed article lives here). */
export const contentDir = path.join(repoRoot, 'content');

/** The real test corpus: read-only, beside the clone. `E2E_CORPUS_DIR` points elsewhere if needed. */
export const corpusSourceDir = path.resolve(repoRoot, process.env.E2E_CORPUS_DIR ?? path.join('..', 'shared', 'corpus'));

/** How much of the corpus the `corpus` build renders ahead of time (PRERENDER_ARTICLES, PRERENDER_LIST_PAGES). */
export const corpusPrerender = { articles: 10, listPages: 2 } as const;

/** The four real Hexo sites (read-only, beside the clone; see its README.md). `E2E_HEXO_SITES_DIR` points elsewhere if needed. */
export const hexoSitesDir = path.resolve(repoRoot, process.env.E2E_HEXO_SITES_DIR ?? path.join('..', 'shared', 'hexo-sites'));

/**
 * E2E_PORT_OFFSET moves every test server and the test logs (e.g. 1000: 3100 → 4100), so that two
 * checkouts can run their end-to-end tests on one machine at the same time.
 */
const portOffset = Number(process.env.E2E_PORT_OFFSET ?? 0);
// startup: the first of the ports 3150–3159, for the servers startup.spec.ts starts itself.
const basePorts = { site: 3100, corpus: 3101, sitePg: 3102, drafts: 3103, draftsLater: 3104, draftsDev: 3105, siteOutage: 3106, xss: 3107, siteIdp: 3108, brokenAtRequest: 3109, hexo: 3110, instanceA: 3111, instanceB: 3112, startup: 3150, oidc: 3190, dbProxy: 3191, dbProxyControl: 3192, brokenIdp: 3193, redisProxy: 3194, redisProxyControl: 3195 } as const;
export const ports = Object.fromEntries(Object.entries(basePorts).map(([name, port]) => [name, port + portOffset])) as Record<keyof typeof basePorts, number>;

/** The four real Hexo sites by short name: their folders under hexoSitesDir. */
export const hexoSites = {
  cclmsy: 'CCLMSY__Hexo_Blog',
  codehhr: 'codehhr__hexo-theme-butterfly-blog-backup',
  cylong: 'cylong1016__HexoBlog',
  suyu: 'suyu0925__hexo-blog',
} as const;
export type HexoSiteName = keyof typeof hexoSites;
export const hexoSiteNames = Object.keys(hexoSites) as HexoSiteName[];
export const hexoSiteDir = (name: HexoSiteName) => path.join(hexoSitesDir, hexoSites[name]);

/**
 * The one Hexo site the `hexo` project builds and serves (HEXO_DIR set to a temp copy, login off).
 * The unit tests hold all four against Hexo (addresses, files, rendering); the browser and HTTP tests
 * need one real blog served: this one has the most tag plugins, math, `.html` addresses and
 * Butterfly's 版权声明. Only its newest articles and first list pages are rendered ahead of time;
 * hexo.spec.ts requests the rest, which renders on first request, as for the corpus.
 */
export const servedHexoSite = {
  name: 'cclmsy',
  port: ports.hexo,
  dist: '.next-hexo',
  prerender: { articles: 20, listPages: 1 },
} as const satisfies { name: HexoSiteName; port: number; dist: string; prerender: { articles: number; listPages: number } };
export const servedHexoSiteDir = hexoSiteDir(servedHexoSite.name);

/** Where the two test servers write their combined build + runtime output. */
export const logDir = path.join(os.tmpdir(), portOffset ? `yuedu-e2e-${portOffset}` : 'yuedu-e2e');
export const serverLog = (name: 'site' | 'site-pg' | 'site-outage' | 'corpus' | 'drafts' | 'drafts-later' | 'xss' | 'site-idp' | 'hexo' | 'instance-a' | 'instance-b') =>
  path.join(logDir, `${name}-server.log`);

export const baseURLs = {
  site: `http://127.0.0.1:${ports.site}`,
  corpus: `http://127.0.0.1:${ports.corpus}`,
  sitePg: `http://127.0.0.1:${ports.sitePg}`,
  drafts: `http://127.0.0.1:${ports.drafts}`,
  draftsLater: `http://127.0.0.1:${ports.draftsLater}`,
  siteOutage: `http://127.0.0.1:${ports.siteOutage}`,
  xss: `http://127.0.0.1:${ports.xss}`,
  siteIdp: `http://127.0.0.1:${ports.siteIdp}`,
  instanceA: `http://127.0.0.1:${ports.instanceA}`,
  instanceB: `http://127.0.0.1:${ports.instanceB}`,
} as const;

/** The identity provider of the `site-idp` server: idp-outage.spec.ts runs it, broken on purpose. */
export const brokenIdpIssuer = `http://127.0.0.1:${ports.brokenIdp}`;

/** Where the `xss` server's generated articles are written before it builds (support/xss-content.mjs). */
export const xssArticlesDir = path.join(os.tmpdir(), portOffset ? `yuedu-xss-articles-${portOffset}` : 'yuedu-xss-articles');

/** Where outage.spec.ts switches the `site-outage` server's database off and on (support/db-proxy.mjs). */
export const dbProxyControl = `http://127.0.0.1:${ports.dbProxyControl}`;

/** Where instances.spec.ts cuts and restores the Redis that instances A and B share (support/db-proxy.mjs). */
export const redisProxyControl = `http://127.0.0.1:${ports.redisProxyControl}`;

/** The database instances A and B share on the test PostgreSQL server (serve.mjs --database). */
export const instancesDatabase = `yuedu_e2e_instances_${portOffset}`;

/** The server at `url` (PostgreSQL, Redis), reached through the proxy listening on `port` instead. */
export function throughProxy(url: string, port: number): string {
  const proxied = new URL(url);
  proxied.host = `127.0.0.1:${port}`;
  return proxied.toString();
}

/** The test OpenID Connect provider the `site` and `site-pg` servers sign readers in with. */
export const oidcIssuer = `http://127.0.0.1:${ports.oidc}`;
