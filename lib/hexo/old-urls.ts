import type { HexoSite, ListKind } from './config';
import { hexoCategorySlug, hexoTagSlug } from './post';

/**
 * Where every address a Hexo blog had now lives: posts, pages, category, tag and archive pages and
 * their page numbers. Built once per content index from what is public; looked up by the two
 * routes that catch addresses the site does not have itself (app/[...path], app/moved).
 */

/** A list under Hexo (home, category, tag, archive): its page N goes to our page that holds the same first item. */
/** `count`: the articles the site's own list has, so that no page number leads past its end. */
type ListTarget = { href: string; list?: { kind: ListKind; count: number; pageHref: (page: number) => string } };
export type OldUrlTable = { site: Pick<HexoSite, 'root' | 'perPage' | 'paginationDir'>; pageSize: number; entries: Map<string, ListTarget> };

export type OldUrlSources = {
  articles: { oldPath?: string; href: string }[];
  pages: { oldPath: string; href: string }[];
  categories: { names: string[]; href: string; count: number }[];
  tags: { names: string[]; href: string; count: number }[];
  /** Articles on the home page's list. */
  listed: number;
  /** Years and months (1–12) that have listed articles. */
  archive: { year: number; months: number[] }[];
  /** Those that have only hidden ones: Hexo had pages for them, the site's archive has no place. */
  unlistedArchive?: { year: number; months: number[]; listed: boolean }[];
  pageSize: number;
};

const listPage = (base: string) => (page: number) => (page > 1 ? `${base === '/' ? '' : base}/page/${page}` : base);

/**
 * An address as the table keys it: without the site root, percent-decoding undone, Unicode NFC,
 * no `index.html` and no slash at either end. `/2020/05/14/foo/`, `/2020/05/14/foo/index.html` and
 * `/2020/05/14/%66oo` are one key.
 */
export function oldUrlKey(pathname: string, root = '/'): string {
  let text = pathname;
  try {
    text = decodeURIComponent(pathname);
  } catch {
    // A stray `%` is part of the name.
  }
  text = text.normalize('NFC').replace(/^\/+/, '/');
  if (root !== '/' && (text + '/').startsWith(root)) text = text.slice(root.length - 1);
  return text.replace(/(^|\/)index\.html?$/, '').replace(/^\/+|\/+$/g, '');
}

export function buildOldUrlTable(site: HexoSite, sources: OldUrlSources): OldUrlTable {
  const entries = new Map<string, ListTarget>();
  const add = (path: string, target: ListTarget) => {
    const key = oldUrlKey(path);
    if (!entries.has(key)) entries.set(key, target);
  };
  for (const article of sources.articles) if (article.oldPath) add(article.oldPath, { href: article.href });
  for (const page of sources.pages) add(page.oldPath, { href: page.href });
  const dir = (name: string) => (name === '/' ? '' : name.replace(/\/+$/, ''));
  for (const category of sources.categories) {
    add(`${dir(site.categoryDir)}/${hexoCategorySlug(site, category.names)}`, { href: category.href, list: { kind: 'category', count: category.count, pageHref: listPage(category.href) } });
  }
  for (const tag of sources.tags) {
    for (const name of tag.names) add(`${dir(site.tagDir)}/${hexoTagSlug(site, name)}`, { href: tag.href, list: { kind: 'tag', count: tag.count, pageHref: listPage(tag.href) } });
  }
  add(site.indexPath, { href: '/', list: { kind: 'index', count: sources.listed, pageHref: listPage('/') } });
  // Hexo's theme pages that only list categories or tags, whatever they were called.
  add(site.categoryDir, { href: '/categories' });
  add(site.tagDir, { href: '/tags' });
  const archives = dir(site.archiveDir);
  /** Every page of an archive list leads to the same place on the site's one archive page. */
  const archiveList = (href: string): ListTarget => ({ href, list: { kind: 'archive', count: 0, pageHref: () => href } });
  const all = archiveList('/archives');
  add(archives, all);
  for (const { year, months } of sources.archive) {
    add(`${archives}/${year}`, archiveList(`/archives#y${year}`));
    for (const month of months) add(`${archives}/${year}/${String(month).padStart(2, '0')}`, archiveList(`/archives#y${year}m${month}`));
  }
  for (const { year, months, listed } of sources.unlistedArchive ?? []) {
    const nearest = archiveList(listed ? `/archives#y${year}` : '/archives');
    add(`${archives}/${year}`, nearest);
    for (const month of months) add(`${archives}/${year}/${String(month).padStart(2, '0')}`, nearest);
  }
  return { site: { root: site.root, perPage: site.perPage, paginationDir: site.paginationDir }, pageSize: sources.pageSize, entries };
}

/** Our address for an old one, or undefined when the blog never had it. */
export function lookupOldUrl(table: OldUrlTable, pathname: string): string | undefined {
  const key = oldUrlKey(pathname, table.site.root);
  const exact = table.entries.get(key);
  if (exact) return exact.href;
  // `<list>/page/N`: the page of ours that starts with the same article as Hexo's page N.
  const pagination = new RegExp(`^(?:(.*)/)?${escapeRegExp(table.site.paginationDir)}/([1-9]\\d{0,5})$`).exec(key);
  if (!pagination) return undefined;
  const { list } = table.entries.get(pagination[1] ?? '') ?? {};
  const perPage = list && table.site.perPage[list.kind];
  // Without pagination (per_page: 0) Hexo had no page 2.
  if (!list || !perPage) return undefined;
  const firstItem = (Number(pagination[2]) - 1) * perPage;
  const lastPage = Math.max(1, Math.ceil(list.count / table.pageSize));
  return list.pageHref(Math.min(Math.floor(firstItem / table.pageSize) + 1, lastPage));
}

const escapeRegExp = (text: string) => text.replace(/[-[\]/{}()*+?.\\^$|]/g, '\\$&');
