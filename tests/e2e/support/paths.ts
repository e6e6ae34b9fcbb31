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

/** Where the two test servers write their combined build + runtime output. */
export const logDir = path.join(os.tmpdir(), 'yuedu-e2e');
export const serverLog = (name: 'site' | 'site-pg' | 'corpus' | 'drafts' | 'drafts-later') => path.join(logDir, `${name}-server.log`);

export const ports = { site: 3100, corpus: 3101, sitePg: 3102, drafts: 3103, draftsLater: 3104, oidc: 3190 } as const;
export const baseURLs = {
  site: `http://127.0.0.1:${ports.site}`,
  corpus: `http://127.0.0.1:${ports.corpus}`,
  sitePg: `http://127.0.0.1:${ports.sitePg}`,
  drafts: `http://127.0.0.1:${ports.drafts}`,
  draftsLater: `http://127.0.0.1:${ports.draftsLater}`,
} as const;

/** The test OpenID Connect provider the `site` and `site-pg` servers sign readers in with. */
export const oidcIssuer = `http://127.0.0.1:${ports.oidc}`;
