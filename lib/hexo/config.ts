import fs from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/**
 * A Hexo site as its `_config.yml` (and the active theme's config) describes it: only what the
 * site needs to read the posts, give every old URL a new home and publish the site's own files.
 * Defaults are Hexo's own (hexo/lib/hexo/default_config).
 */
/** The lists Hexo's default generators make. */
export type ListKind = 'index' | 'archive' | 'category' | 'tag';

export type HexoSite = {
  /** The site root: the folder holding `_config.yml`. */
  dir: string;
  /** `<dir>/<source_dir>`: posts in `_posts`, drafts in `_drafts`, pages and files elsewhere. */
  sourceDir: string;
  title?: string;
  /** The author of posts that name none. */
  author?: string;
  language?: string;
  /** IANA zone dates are read in; unset, Hexo uses the writer's machine zone (see `timeZone` of the env). */
  timezone?: string;
  url?: string;
  /** URL prefix of every page, `/` or `/blog/`: always starts and ends with `/`. */
  root: string;
  permalink: string;
  permalinkDefaults: Record<string, string>;
  postAssetFolder: boolean;
  prettyUrls: { trailingIndex: boolean; trailingHtml: boolean };
  newPostName: string;
  /** 0 keeps case, 1 lower-cases, 2 upper-cases file-name-derived URL parts. */
  filenameCase: 0 | 1 | 2;
  /** Posts a page of each generated list: `<kind>_generator.per_page`, else `per_page`; 0 is one page. */
  perPage: Record<ListKind, number>;
  /** Where the home list lives (`index_generator.path`), relative to the root: usually ''. */
  indexPath: string;
  paginationDir: string;
  categoryDir: string;
  tagDir: string;
  archiveDir: string;
  defaultCategory: string;
  categoryMap: Record<string, string>;
  tagMap: Record<string, string>;
  /** Glob patterns of files Hexo copies without rendering. */
  skipRender: string[];
  /** hexo-renderer-marked's options (`marked:`) and markdown-it's (`markdown:`), for the renderer. */
  marked: Record<string, unknown>;
  markdown: Record<string, unknown>;
  /** Fenced code gets line numbers: the active highlighter's `line_number` (Hexo's default is on). */
  codeLineNumbers: boolean;
  /** The site's own math plugins' settings (`math:` of hexo-math, `mathjax:` of hexo-filter-mathjax, `katex:`), as written. */
  mathConfig: Record<string, unknown>;
  theme?: string;
  /** The theme's settings: `_config.<theme>.yml` at the root, else `themes/<theme>/_config.yml`. */
  themeConfig: Record<string, unknown>;
};

const list = z
  .union([z.string(), z.array(z.unknown())])
  .nullish()
  .transform((v) => (v == null || v === '' ? [] : (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string' && x !== '')));
const map = z
  .record(z.string(), z.unknown())
  .nullish()
  .transform((v) => Object.fromEntries(Object.entries(v ?? {}).filter(([, x]) => x != null).map(([k, x]) => [k, String(x)])));
const settings = z.record(z.string(), z.unknown()).nullish().transform((v) => v ?? {});
const text = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v) => (v == null || String(v).trim() === '' ? undefined : String(v).trim()));
const flag = (fallback: boolean) => z.unknown().optional().transform((v) => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : fallback));
const count = (fallback: number) => z.unknown().optional().transform((v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : fallback));
const name = (fallback: string) => text.transform((v) => v ?? fallback);

/** `_config.yml`, leniently: a value of the wrong kind falls back to Hexo's default, as Hexo does. */
const configSchema = z
  .object({
    title: text,
    author: text,
    language: z.unknown().optional().transform((v) => (Array.isArray(v) ? v[0] : v)).pipe(text),
    timezone: text,
    url: text,
    root: name('/').transform((v) => `/${v.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/')),
    source_dir: name('source'),
    permalink: name(':year/:month/:day/:title/'),
    permalink_defaults: map,
    post_asset_folder: flag(false),
    pretty_urls: settings,
    new_post_name: name(':title.md'),
    filename_case: z.unknown().optional().transform((v) => (v === 1 || v === 2 ? v : 0)),
    per_page: count(10),
    index_generator: settings,
    archive_generator: settings,
    category_generator: settings,
    tag_generator: settings,
    pagination_dir: name('page'),
    category_dir: name('categories'),
    tag_dir: name('tags'),
    archive_dir: name('archives'),
    default_category: name('uncategorized'),
    category_map: map,
    tag_map: map,
    skip_render: list,
    marked: settings,
    markdown: settings,
    syntax_highlighter: z.unknown().optional(),
    highlight: settings,
    prismjs: settings,
    math: z.unknown().optional(),
    mathjax: z.unknown().optional(),
    katex: z.unknown().optional(),
    theme: text,
  })
  .loose();

/**
 * Hexo 7 names its highlighter (`syntax_highlighter`); older sites switch `highlight:` / `prismjs:`
 * on and off. Whichever is in use decides, with `line_number` on unless it says otherwise.
 */
function codeLineNumbers(config: z.infer<typeof configSchema>): boolean {
  const named = typeof config.syntax_highlighter === 'string' ? config.syntax_highlighter : undefined;
  const prism = named === 'prismjs' || (named === undefined && config.prismjs.enable === true && config.highlight.enable === false);
  const settings = prism ? config.prismjs : config.highlight;
  if (named === '' || settings.enable === false) return false;
  return settings.line_number !== false;
}

export class HexoConfigError extends Error {}

async function readYaml(file: string): Promise<Record<string, unknown> | undefined> {
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new HexoConfigError(`${file}: cannot be read: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    // Hexo reads its config as YAML 1.1 (js-yaml); `yes`/`no` and friends are rare in configs.
    data = parseYaml(raw.replace(/^\uFEFF/, ''), { prettyErrors: true });
  } catch (error) {
    throw new HexoConfigError(`${file}: is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (data == null) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new HexoConfigError(`${file}: must be a YAML mapping of \`key: value\` lines`);
  return data as Record<string, unknown>;
}

/** Whether `dir` is a Hexo site root (it has a `_config.yml`). */
export async function isHexoSite(dir: string): Promise<boolean> {
  return fs.stat(path.join(dir, '_config.yml')).then((s) => s.isFile(), () => false);
}

/**
 * The Hexo site whose `source/_posts` is `articlesDir`, if it is one: a site's posts folder given
 * as ARTICLES_DIR is read as the site it belongs to.
 */
export async function hexoRootOfPosts(articlesDir: string): Promise<string | undefined> {
  const resolved = path.resolve(articlesDir);
  if (path.basename(resolved) !== '_posts') return undefined;
  const root = path.dirname(path.dirname(resolved));
  return (await isHexoSite(root)) ? root : undefined;
}

/** Reads a Hexo site's config and its theme's. Throws a HexoConfigError naming the file when one is unreadable. */
export async function readHexoSite(dir: string): Promise<HexoSite> {
  const root = path.resolve(dir);
  const configFile = path.join(root, '_config.yml');
  const data = await readYaml(configFile);
  if (!data) throw new HexoConfigError(`${configFile}: not found; HEXO_DIR must be a Hexo site's root folder (the one with _config.yml)`);
  const config = configSchema.parse(data);
  const themeConfig = config.theme
    ? ((await readYaml(path.join(root, `_config.${config.theme}.yml`))) ?? (await readYaml(path.join(root, 'themes', config.theme, '_config.yml'))) ?? {})
    : {};
  const pretty = config.pretty_urls;
  return {
    dir: root,
    sourceDir: path.join(root, config.source_dir),
    title: config.title,
    author: config.author,
    language: config.language,
    timezone: config.timezone,
    url: config.url,
    root: config.root,
    permalink: config.permalink,
    permalinkDefaults: config.permalink_defaults,
    postAssetFolder: config.post_asset_folder,
    prettyUrls: { trailingIndex: pretty.trailing_index !== false, trailingHtml: pretty.trailing_html !== false },
    newPostName: config.new_post_name,
    filenameCase: config.filename_case as 0 | 1 | 2,
    perPage: {
      index: count(config.per_page).parse(config.index_generator.per_page),
      archive: count(config.per_page).parse(config.archive_generator.per_page),
      category: count(config.per_page).parse(config.category_generator.per_page),
      tag: count(config.per_page).parse(config.tag_generator.per_page),
    },
    indexPath: typeof config.index_generator.path === 'string' ? config.index_generator.path.replace(/^\/+|\/+$/g, '') : '',
    paginationDir: config.pagination_dir,
    categoryDir: config.category_dir,
    tagDir: config.tag_dir,
    archiveDir: config.archive_dir,
    defaultCategory: config.default_category,
    categoryMap: config.category_map,
    tagMap: config.tag_map,
    skipRender: config.skip_render,
    marked: config.marked,
    markdown: config.markdown,
    codeLineNumbers: codeLineNumbers(config),
    mathConfig: Object.fromEntries((['math', 'mathjax', 'katex'] as const).filter((key) => config[key] !== undefined).map((key) => [key, config[key]])),
    theme: config.theme,
    themeConfig,
  };
}
