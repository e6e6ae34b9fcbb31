import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

/** The four real Hexo sites the tests move in (read-only, beside the clone). */
export const hexoSitesDir = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'hexo-sites');
export const HEXO_SITES = ['CCLMSY__Hexo_Blog', 'codehhr__hexo-theme-butterfly-blog-backup', 'cylong1016__HexoBlog', 'suyu0925__hexo-blog'] as const;
export type HexoSiteName = (typeof HEXO_SITES)[number];

/** The zone the bloggers wrote in: Hexo reads dates in the machine's zone when the config names none, as the site reads them in SITE_TIMEZONE. */
export const WRITERS_ZONE = 'Asia/Shanghai';

export type HexoOracle = {
  config: { root: string; permalink: string; per_page: number; timezone: string | null };
  /** Every post Hexo publishes: `source` relative to the site's source folder (`_posts/a.md`), `path` relative to its root. */
  posts: { source: string; path: string; title: string; published: boolean; date: string }[];
  drafts: string[];
  pages: { source: string; path: string; title: string; type: string | null }[];
  categories: { name: string; path: string }[];
  tags: { name: string; path: string }[];
  /** Every path Hexo generates, relative to the root. */
  routes: string[];
  /** The routes that are files (images, downloads) rather than pages. */
  files: string[];
};

const cache = new Map<string, Promise<HexoOracle>>();

/** What Hexo itself makes of a site (tests/support/hexo-oracle-cli.mjs), run once per site and process. */
export function hexoOracle(siteDir: string): Promise<HexoOracle> {
  let result = cache.get(siteDir);
  if (!result) {
    const script = path.join(import.meta.dirname, 'hexo-oracle-cli.mjs');
    result = promisify(execFile)(process.execPath, [script, siteDir], { env: { ...process.env, TZ: WRITERS_ZONE }, maxBuffer: 64 * 1024 * 1024 }).then(
      ({ stdout }) => JSON.parse(stdout) as HexoOracle,
    );
    cache.set(siteDir, result);
  }
  return result;
}
