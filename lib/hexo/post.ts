import { createHash } from 'node:crypto';
import path from 'node:path';
import { wallClockParts } from '../content/dates';
import type { HexoSite } from './config';
import { Permalink } from './permalink';
import { hexoSlugize } from './slugize';

/** The file-name placeholders Hexo can read back out of `new_post_name` (hexo processor/post). */
const FILE_NAME_SEGMENTS: Record<string, RegExp> = {
  year: /(\d{4})/,
  month: /(\d{2})/,
  day: /(\d{2})/,
  i_month: /(\d{1,2})/,
  i_day: /(\d{1,2})/,
  hash: /([0-9a-f]{12})/,
};

export type HexoFileName = { title: string } & Partial<Record<'year' | 'month' | 'day' | 'i_month' | 'i_day' | 'hash', string>> & Record<string, string | undefined>;

const withoutExtension = (file: string) => file.slice(0, file.length - path.extname(file).length);

/**
 * What Hexo reads from a post's file name through `new_post_name`: `title` is Hexo's slug (the
 * `:title` of permalinks, folders kept: `ACM/Models/DP_Others`), plus any date parts it carried.
 */
export function parseHexoFileName(site: Pick<HexoSite, 'newPostName'>, file: string): HexoFileName {
  const name = withoutExtension(file.split(path.sep).join('/'));
  const parsed = new Permalink(withoutExtension(site.newPostName), FILE_NAME_SEGMENTS).parse(name);
  if (parsed?.title !== undefined) return parsed as HexoFileName;
  return { ...parsed, title: hexoSlugize(name) };
}

/** Two-digit and plain forms of each date part, read in the site's time zone. */
function dateParts(date: Date, timeZone: string) {
  const parts = wallClockParts(date, timeZone);
  return {
    ...parts,
    i_month: String(Number(parts.month)),
    i_day: String(Number(parts.day)),
    timestamp: String(Math.floor(date.getTime() / 1000)),
  };
}

/** Hexo's slug of a category path (`a/b`), the `:category` placeholder. */
export function hexoCategorySlug(site: Pick<HexoSite, 'categoryMap' | 'filenameCase'>, names: string[]): string {
  return names.map((name) => hexoSlugize(site.categoryMap[name] ?? name, site.filenameCase)).join('/');
}

/** Hexo's slug of a tag, as in its URL. */
export function hexoTagSlug(site: Pick<HexoSite, 'tagMap' | 'filenameCase'>, name: string): string {
  return hexoSlugize(site.tagMap[name] || name, site.filenameCase);
}

export type HexoPostInput = {
  /** parseHexoFileName().title */
  slug: string;
  title: string;
  date: Date;
  timeZone: string;
  categories: string[][];
  /** The post's front matter as written: any key may be a placeholder (`:abbrlink`). */
  data: Record<string, unknown>;
};

/**
 * The post's path under Hexo, relative to the site root, as Hexo's post_permalink filter makes it:
 * `blog/2016/04/19/hexo-git/`, `posts/3f9a.html`. A post's own `permalink:` wins.
 */
export function hexoPostPath(site: HexoSite, post: HexoPostInput): string {
  const own = post.data.permalink;
  if (typeof own === 'string' && own.trim()) {
    let permalink = own.trim();
    if (site.postAssetFolder && !permalink.endsWith('/') && !permalink.endsWith('.html')) permalink += '/';
    return permalink.replace(/^\/+/, '');
  }
  const parts = dateParts(post.date, post.timeZone);
  const lastCategory = post.categories.at(-1);
  const values: Record<string, unknown> = {
    title: post.slug,
    name: path.posix.basename(post.slug),
    post_title: hexoSlugize(post.title, 1),
    ...parts,
    // Hexo hashes the slug with the date's Unix seconds.
    hash: createHash('sha1').update(post.slug + parts.timestamp).digest('hex').slice(0, 12),
    category: lastCategory?.length ? hexoCategorySlug(site, lastCategory) : site.defaultCategory,
  };
  for (const [key, value] of Object.entries(post.data)) if (!(key in values)) values[key] = value;
  for (const [key, value] of Object.entries(site.permalinkDefaults)) if (!(key in values)) values[key] = value;
  const result = new Permalink(site.permalink).stringify(values);
  return site.postAssetFolder && !result.endsWith('/') && !result.endsWith('.html') ? `${result}/` : result;
}
