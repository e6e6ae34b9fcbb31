import { execFile } from 'node:child_process';
import path from 'node:path';
import { hexoSiteDir, hexoSiteNames, hexoSitesDir, hexoSites, type HexoSiteName } from '../e2e/support/paths';

/**
 * "Hexo is the oracle": what the `hexo` package itself makes of a Hexo site (every post and where it
 * lived, pages, categories, tags, every route, the files it copies), to compare the site with. Runs
 * tests/support/hexo-oracle.mjs in a child process, once per site folder and process, so that Hexo's
 * globals and its time zone stay out of the test process.
 */

export { hexoSiteDir, hexoSiteNames, hexoSites, hexoSitesDir, type HexoSiteName };

/**
 * The zone the bloggers wrote in. With `timezone:` empty in _config.yml Hexo reads dates in the
 * machine's zone; the site reads such dates in Asia/Shanghai, so Hexo runs there too.
 */
export const WRITERS_ZONE = 'Asia/Shanghai';

export type HexoOraclePost = {
  /** Relative to the site's source folder: `_posts/a/b.md`, `_drafts/c.md`. */
  source: string;
  /** Where Hexo published it, relative to the site root: `2020/05/14/foo/`, `posts/3f9a.html`. */
  path: string;
  /** '' when the front matter has none. */
  title: string;
  /** In `hexo generate`'s output: not a draft, not `published: false` (and not in the future with `future: false`). */
  published: boolean;
  /** ISO 8601, UTC. */
  date: string;
  /** Hexo's slug: the file's path under `_posts` without the extension (after `new_post_name`'s placeholders). */
  slug: string;
  layout: string | null;
  /** `hidden` / `hide` in the front matter (hexo-hide-posts and themes honour it; plain Hexo still lists the post). */
  hidden: boolean;
};

/** A list page Hexo generated: the home page, an archive, a category or a tag, one page number of it. */
export type HexoOracleList = {
  /** The route: `page/2/index.html`, `archives/2020/05/index.html`, `categories/a/b/page/3/index.html`. */
  path: string;
  kind: 'index' | 'archive' | 'category' | 'tag';
  /** The category or tag name, `2020` / `2020/5` for an archive, '' for the home page and all archives. */
  name: string;
  /** The page number, from 1. */
  page: number;
  /** The posts it shows, in order (by their `source`). */
  posts: string[];
};

export type HexoOraclePage = {
  /** Relative to the source folder: `about/index.md`. */
  source: string;
  /** Relative to the root: `about/index.html`. */
  path: string;
  title: string;
  /** false: sent as it is, without a layout. */
  layout: string | false | null;
  /** A theme's page kind (`categories`, `tags`, `link`…). */
  type: string | null;
};

export type HexoOracle = {
  /** The Hexo version that answered. */
  hexo: string;
  /** The Hexo plugins the blog installed (its package.json); the oracle loads none of them. */
  plugins: string[];
  timeZone: string;
  config: {
    root: string;
    url: string;
    /** The source folder, relative to the site root: `source`. */
    source_dir: string;
    permalink: string;
    permalink_defaults: Record<string, string> | null;
    pretty_urls: { trailing_index: boolean; trailing_html: boolean } | null;
    timezone: string | null;
    new_post_name: string;
    post_asset_folder: boolean;
    per_page: number;
    pagination_dir: string;
    archive_dir: string;
    category_dir: string;
    tag_dir: string;
    category_map: Record<string, string>;
    tag_map: Record<string, string>;
    skip_render: string | string[];
    future: boolean;
    render_drafts: boolean;
    index_generator: { per_page?: number; order_by?: string; path?: string } | null;
    archive_generator: { per_page?: number; yearly?: boolean; monthly?: boolean; daily?: boolean } | null;
    category_generator: { per_page?: number } | null;
    tag_generator: { per_page?: number } | null;
  };
  /** Every post Hexo read, drafts included (`published: false`). */
  posts: HexoOraclePost[];
  pages: HexoOraclePage[];
  /** Categories with posts; `parents` are the names above it, from the root. `path`: `categories/a/b/`. */
  categories: { name: string; path: string; parents: string[]; posts: number }[];
  tags: { name: string; path: string; posts: number }[];
  /** Every route Hexo generates, relative to the root, as `hexo generate` writes them: `about/index.html`, `page/2/index.html`. */
  routes: string[];
  /** Every list page among the routes, with the posts it shows. */
  lists: HexoOracleList[];
  /** The routes that are files sent as they are (not .html): copied from source/, post asset folders. `source` is relative to the source folder. */
  assets: { path: string; source: string | null }[];
  /** Routes several published posts or pages claim (Hexo keeps one). */
  duplicates: { route: string; sources: string[] }[];
  /** Published posts or pages whose path has no route. */
  missing: string[];
  /** How long Hexo took (copy, init, load), in ms. */
  millis: number;
};

const script = path.join(import.meta.dirname, 'hexo-oracle.mjs');
const cache = new Map<string, Promise<HexoOracle>>();

/** What Hexo makes of the Hexo site at `siteDir` (its root, with `_config.yml`). Cached per folder. */
export function hexoOracle(siteDir: string): Promise<HexoOracle> {
  const dir = path.resolve(siteDir);
  let answer = cache.get(dir);
  if (!answer) {
    answer = new Promise<HexoOracle>((resolve, reject) => {
      execFile(
        process.execPath,
        [script, dir],
        { env: { ...process.env, TZ: WRITERS_ZONE }, maxBuffer: 256 * 1024 * 1024, timeout: 120_000 },
        (error, stdout, stderr) => {
          if (error) reject(new Error(`hexo-oracle.mjs ${dir} failed: ${error.message}\n${stderr}`));
          else resolve(JSON.parse(stdout) as HexoOracle);
        },
      );
    });
    cache.set(dir, answer);
  }
  return answer;
}

/** The published posts (what `hexo generate` writes). */
export const publishedPosts = (oracle: HexoOracle) => oracle.posts.filter((post) => post.published);

/**
 * A route or path as a request target under the site's root, percent-encoded: as Hexo linked it
 * (`about/index.html` → `/about/`), or with its `index.html` (`/about/index.html`).
 */
export function hexoUrlPath(oracle: Pick<HexoOracle, 'config'>, route: string, form: 'linked' | 'index.html' = 'linked'): string {
  const target = form === 'linked' ? formatRoute(route).replace(/(^|\/)index\.html$/, '$1') : formatRoute(route);
  return `${oracle.config.root}${target.split('/').map(encodeURIComponent).join('/')}`;
}

/** The list pages Hexo generates (home, archives, categories, tags, with their page numbers), as routes. */
export const listRoutes = (oracle: Pick<HexoOracle, 'lists'>) => oracle.lists.map((list) => list.path);

/**
 * The list pages as the blog showed them. Hexo's own, except when the blog used hexo-hide-posts
 * (its package.json says so): that plugin takes `hidden` posts out of every list, so each list is
 * paged again without them, as many posts a page as Hexo put on its first page. Pages past the new
 * end are left out.
 */
export function blogLists(oracle: Pick<HexoOracle, 'lists' | 'posts' | 'plugins'>): HexoOracleList[] {
  if (!oracle.plugins.includes('hexo-hide-posts')) return oracle.lists;
  const hidden = new Set(oracle.posts.filter((post) => post.hidden).map((post) => post.source));
  const groups = new Map<string, HexoOracleList[]>();
  for (const list of oracle.lists) {
    const key = `${list.kind}\u0000${list.name}`;
    groups.set(key, [...(groups.get(key) ?? []), list]);
  }
  return [...groups.values()].flatMap((pages) => {
    pages.sort((a, b) => a.page - b.page);
    const size = pages.length > 1 ? pages[0]!.posts.length : Number.POSITIVE_INFINITY;
    const shown = pages.flatMap((page) => page.posts).filter((source) => !hidden.has(source));
    return pages
      .map((page, i) => ({ ...page, posts: shown.slice(i * size, (i + 1) * size) }))
      .filter((page, i) => i === 0 || page.posts.length > 0);
  });
}

/** Hexo's router key for a path (hexo/lib/hexo/router.ts format): no leading slash, `index.html` after a trailing one. */
export function formatRoute(pathname: string): string {
  const route = pathname.replace(/^\/+/, '').replace(/\\/g, '/').replace(/\?.*$/, '');
  return !route || route.endsWith('/') ? `${route}index.html` : route;
}
