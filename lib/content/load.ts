import type { Stats } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArticle, type ParsedArticle } from './article';
import { postLinkKey } from './body-context';
import { AuthorRegistry, loadAuthorProfiles } from './authors';
import { buildCategoryTree, categoryKey, loadCategorySettings } from './categories';
import { hashSlug } from './slug';
import { listArticleFiles, readText } from './files';
import { buildTagIndex, tagSlug } from './tags';
import { groupByMonth } from './archive';
import { articleHref, categoryHref, tagHref } from './href';
import { site } from '../site';
import type { HexoSite } from '../hexo/config';
import { listHexoPostFiles } from '../hexo/files';
import { readHexoPages, type HexoPage } from '../hexo/pages';
import { listSiteFiles } from '../hexo/site-files';
import { buildOldUrlTable, lookupOldUrl, type OldUrlSources, type OldUrlTable } from '../hexo/old-urls';
import type { ArticleMeta, Author, CategoryNode, ContentProblem, Tag } from './types';

export type ContentOptions = {
  contentDir: string;
  /** The folder of article files; ignored for a Hexo site, whose posts are in `source/_posts` and `_drafts`. */
  articlesDir: string;
  /** Dates without a zone are read in it; a Hexo site's own `timezone` wins. */
  timeZone: string;
  /** The Hexo site the content is (lib/hexo/config.ts): its posts, settings, old URLs and files. */
  hexo?: HexoSite;
  /** Articles scheduled (by `publishAt`, else `date`) after this are not public yet. */
  now?: Date;
  /** Name used for articles without an author. */
  defaultAuthor?: string;
};

export type ContentIndex = {
  /** Public articles that lists show (not `hidden`), newest first. */
  articles: ArticleMeta[];
  /** The home page's order: pinned articles first (highest `pinned` first), then `articles`. */
  homeArticles: ArticleMeta[];
  /** Every public article, hidden ones included: each is reachable at its address. */
  bySlug: Map<string, ArticleMeta>;
  /** Drafts and scheduled articles, kept for previews; never listed. Newest first. */
  unpublished: ArticleMeta[];
  unpublishedBySlug: Map<string, ArticleMeta>;
  /** Sign-in identities of each author (by slug) that may preview their unpublished articles. */
  authorIdentities: Map<string, string[]>;
  /** When the next scheduled article goes public (ms since the epoch); the index is stale from then. */
  nextPublishAt: number | undefined;
  authors: Author[];
  authorBySlug: Map<string, Author>;
  categories: CategoryNode[];
  categoryBySegments: Map<string, CategoryNode>;
  categoryByNames: Map<string, CategoryNode>;
  categoryMembers: Map<CategoryNode, Set<string>>;
  /** Most articles first, then by name. */
  tags: Tag[];
  tagBySlug: Map<string, Tag>;
  /** Slugs of the articles with each tag (by tag slug), newest first. */
  tagMembers: Map<string, string[]>;
  problems: ContentProblem[];
  articlesDir: string;
  timeZone: string;
  hexo?: HexoSite;
  /** A Hexo site's pages (`source/about/index.md`), by our address for each. */
  pageByHref: Map<string, HexoPage>;
  /** A Hexo site's published files: address (relative to its root, no leading slash) → file under its source folder. */
  siteFiles: Record<string, string>;
  /** Every address the Hexo blog had, to our address for it (lib/hexo/old-urls.ts); none without Hexo. */
  oldUrls?: OldUrlTable;
};

/** Everything read from the content folder, before deciding what is public at a given time. */
export type ContentRead = {
  all: ArticleMeta[];
  registry: AuthorRegistry;
  settings: Awaited<ReturnType<typeof loadCategorySettings>>['settings'];
  problems: ContentProblem[];
  articlesDir: string;
  timeZone: string;
  hexo?: HexoSite;
  pages: HexoPage[];
  siteFiles: Record<string, string>;
};

/** Reads, validates and indexes a content folder. Never throws for bad content: it reports it. */
export async function loadContent(options: ContentOptions): Promise<ContentIndex> {
  return indexContent(await readContent(options), options.now ?? new Date());
}

/** Hexo keeps unfinished posts in `source/_drafts`; any folder of that name holds drafts. */
const inDraftsFolder = (file: string) => file.split(path.sep).includes('_drafts');

/**
 * What a file's result was made from besides the file's path and bytes and the FileSettings, as far
 * as those vary from one build to the next: the build's content cache (scripts/content/cache.ts)
 * reuses a result only while these are as they were.
 */
export type FileDependencies = {
  /** The file's modification time, when a date fell back to it. */
  mtime?: string;
  /** Set when a `post_link` named a post: the result depends on the names of every post. */
  postLinks?: true;
  /** Every file beside the post looked for (its images, its asset folder), and whether it was there. */
  files?: Record<string, boolean>;
};

/** One article file read and parsed; `article` is undefined when it has an error. */
export type FileResult = { article?: ParsedArticle; problems: ContentProblem[]; text?: string; dependsOn?: FileDependencies };

/** What parsing a file needs besides the file: plain data, so that it crosses to worker threads. */
export type FileSettings = { timeZone: string; hexo?: HexoSite; postLinkKeys?: string[] };

/** Reads and parses one article file (relative to `articlesDir`). Never throws: a failure is a problem. */
export async function readArticleFile(articlesDir: string, file: string, settings: FileSettings): Promise<FileResult> {
  const full = path.join(articlesDir, file);
  let raw: string;
  let stat: Stats;
  try {
    [raw, stat] = await Promise.all([readText(full), fs.stat(full)]);
  } catch (error) {
    // A file-system error says what failed; readText's own refusals (not text, not UTF-8) say what the file is.
    const { code, message } = error as NodeJS.ErrnoException;
    return { problems: [{ file, message: code ? `cannot be read: ${message}` : message, severity: 'error' }] };
  }
  const dependsOn: FileDependencies = {};
  const result: FileResult = await parseArticle(file, raw, {
    ...settings,
    filePath: full,
    // Getters, so that only what the parse reads is recorded.
    get fileMtime() {
      dependsOn.mtime = stat.mtime.toISOString();
      return stat.mtime;
    },
    get postLinkKeys() {
      dependsOn.postLinks = true;
      return settings.postLinkKeys;
    },
    onFileCheck: (checked, found) => ((dependsOn.files ??= {})[checked] = found),
  });
  result.dependsOn = dependsOn;
  if (result.article) {
    result.article.meta.modifiedAt = stat.mtime.toISOString();
    if (inDraftsFolder(file)) result.article.meta.draft = true;
  }
  return result;
}

/**
 * How the files are parsed: one after another here; the build's content step spreads them over
 * worker threads (scripts/content/parse-pool.ts). Results come back in the order of `files`.
 */
export type ParseFiles = (articlesDir: string, files: string[], settings: FileSettings) => Promise<FileResult[]>;

export const parseOneByOne: ParseFiles = async (articlesDir, files, settings) => {
  const results: FileResult[] = [];
  for (const file of files) results.push(await readArticleFile(articlesDir, file, settings));
  return results;
};

/** Where the article files are: a Hexo site's source folder, or the articles folder. */
export const articlesRoot = (options: Pick<ContentOptions, 'articlesDir' | 'hexo'>) => options.hexo?.sourceDir ?? options.articlesDir;

/** Every article file, relative to articlesRoot: a Hexo site's posts and drafts, or every file of the articles folder. */
export async function listContentFiles(options: Pick<ContentOptions, 'articlesDir' | 'hexo'>, problems: ContentProblem[] = []): Promise<string[]> {
  if (!options.hexo) return listArticleFiles(options.articlesDir, problems);
  return listHexoPostFiles(options.hexo, problems);
}

/** Reads and validates every file: the slow part, done once however often the time moves on. */
export async function readContent(options: ContentOptions, parseFiles: ParseFiles = parseOneByOne): Promise<ContentRead> {
  const problems: ContentProblem[] = [];
  const { hexo } = options;
  const articlesDir = articlesRoot(options);
  const timeZone = hexo?.timezone ?? options.timeZone;
  let files: string[] = [];
  try {
    files = await listContentFiles(options, problems);
  } catch (error) {
    problems.push({ file: articlesDir, message: `cannot be read: ${(error as Error).message}`, severity: 'error' });
  }

  const parsed: ParsedArticle[] = [];
  const postLinkKeys = files.map((file) => postLinkKey(file, Boolean(hexo)));
  for (const result of await parseFiles(articlesDir, files, { timeZone, hexo, postLinkKeys })) {
    problems.push(...result.problems);
    if (result.article) parsed.push(result.article);
  }

  const accepted = resolveSlugConflicts(parsed, problems);
  const { profiles, problems: authorProblems } = await loadAuthorProfiles(path.join(options.contentDir, 'authors'));
  problems.push(...authorProblems);
  const registry = new AuthorRegistry(profiles, problems);
  const defaultAuthor = hexo?.author ?? options.defaultAuthor ?? '佚名';
  const all: ArticleMeta[] = accepted.map(({ meta: { authorName, ...meta } }) => {
    const author = registry.resolve(authorName ?? defaultAuthor);
    return { ...meta, author: { name: author.name, slug: author.slug } };
  });
  all.sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
  const { settings, problems: categoryProblems } = await loadCategorySettings(path.join(options.contentDir, 'categories.yml'));
  problems.push(...categoryProblems);
  const published = hexo ? await listSiteFiles(hexo, all.filter((a) => !a.draft)) : { files: {}, pages: [] };
  const pages = hexo ? await readHexoPages(hexo, published.pages, problems) : [];
  return { all, registry, settings, problems, articlesDir, timeZone, hexo, pages, siteFiles: published.files };
}

/** When an article goes public: its `publishAt`, else its `date` (a future date schedules it too). */
export const publishTime = (a: ArticleMeta) => Date.parse(a.publishAt ?? a.date);

/** What is public at `now`, and every list, tree and count built from only that. Cheap. */
export function indexContent(read: ContentRead, now: Date): ContentIndex {
  const isPublic = (a: ArticleMeta) => !a.draft && publishTime(a) <= now.getTime();
  const published = read.all.filter(isPublic);
  const articles = published.filter((a) => !a.hidden);
  const unpublished = read.all.filter((a) => !isPublic(a));
  const scheduled = unpublished.filter((a) => !a.draft).map(publishTime);

  const counts = new Map<string, number>();
  for (const a of articles) counts.set(a.author.slug, (counts.get(a.author.slug) ?? 0) + 1);
  const authors: Author[] = read.registry
    .all()
    .filter((a) => a.hasProfile || counts.has(a.slug))
    // Identities stay here, out of the Author that pages render.
    .map(({ aliases: _aliases, identities: _identities, ...a }) => ({ ...a, articleCount: counts.get(a.slug) ?? 0 }))
    .sort((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name, 'zh-CN'));

  // Category problems are the same at every time; report them once, from the first index.
  const problems = [...read.problems];
  const tree = buildCategoryTree(articles, read.settings, problems);
  const tags = buildTagIndex(articles);
  const pinned = articles.filter((a) => a.pinned).sort((a, b) => b.pinned! - a.pinned!);

  return {
    articles,
    homeArticles: pinned.length ? [...pinned, ...articles.filter((a) => !a.pinned)] : articles,
    bySlug: new Map(published.map((a) => [a.slug, a])),
    unpublished,
    unpublishedBySlug: new Map(unpublished.map((a) => [a.slug, a])),
    authorIdentities: new Map(read.registry.all().map((a) => [a.slug, a.identities])),
    nextPublishAt: scheduled.length > 0 ? Math.min(...scheduled) : undefined,
    authors,
    authorBySlug: new Map(authors.map((a) => [a.slug, a])),
    categories: tree.roots,
    categoryBySegments: tree.bySegments,
    categoryByNames: tree.byNames,
    categoryMembers: tree.members,
    tags: tags.tags,
    tagBySlug: tags.bySlug,
    tagMembers: tags.members,
    problems,
    articlesDir: read.articlesDir,
    timeZone: read.timeZone,
    hexo: read.hexo,
    pageByHref: new Map(read.pages.map((page) => [page.href, page])),
    siteFiles: read.siteFiles,
    oldUrls: read.hexo && buildOldUrlTable(read.hexo, oldUrlSources(articles, published, read.pages, tree.byNames, tags.tags, read.timeZone)),
  };
}

/**
 * What the old-URL table is made of: every public article (hidden ones too) and every list of the
 * listed ones, under every spelling articles use (Hexo gave `Vue` and `vue` a page each).
 */
function oldUrlSources(articles: ArticleMeta[], published: ArticleMeta[], pages: HexoPage[], byNames: Map<string, CategoryNode>, tags: Tag[], timeZone: string): OldUrlSources {
  const categories = new Map<string, OldUrlSources['categories'][number]>();
  for (const article of articles) {
    for (const names of article.categories) {
      for (let depth = 1; depth <= names.length; depth++) {
        const prefix = names.slice(0, depth);
        const node = byNames.get(categoryKey(prefix));
        if (node) categories.set(JSON.stringify(prefix), { names: prefix, href: categoryHref(node), count: node.articleCount });
      }
    }
  }
  const spellings = new Map<string, Set<string>>();
  for (const article of articles) for (const name of article.tags) spellings.set(tagSlug(name), (spellings.get(tagSlug(name)) ?? new Set()).add(name));
  // Months of hidden articles alone still had Hexo archive pages; they lead to the year, or to the archive.
  const listed = groupByMonth(articles, timeZone).map(({ year, months }) => ({ year, months: months.map((m) => m.month) }));
  const years = new Set(listed.map((y) => y.year));
  const unlisted = groupByMonth(published.filter((a) => a.hidden), timeZone).map(({ year, months }) => ({ year, months: months.map((m) => m.month), listed: years.has(year) }));
  return {
    articles: published.map((a) => ({ oldPath: a.oldPath, href: articleHref(a.slug) })),
    pages,
    categories: [...categories.values()],
    tags: tags.map((tag) => ({ names: [...(spellings.get(tag.slug) ?? [tag.name])], href: tagHref(tag.slug), count: tag.articleCount })),
    listed: articles.length,
    archive: listed,
    unlistedArchive: unlisted,
    pageSize: site.pageSize,
  };
}

/** Our address for an address the Hexo blog had (raw or percent-encoded, with or without `index.html`). */
export function resolveOldUrl(index: Pick<ContentIndex, 'oldUrls'>, pathname: string): string | undefined {
  return index.oldUrls && lookupOldUrl(index.oldUrls, pathname);
}

/**
 * Two files, one slug. The same post filed in two category folders (scrapers do this for
 * "latest" and "popular" lists) becomes one article listed under both categories. Two different
 * posts (the same file name in two folders, which Hexo tells apart by their folders) both build:
 * the first in path order keeps the slug, the other takes one made of its whole path, with a
 * warning saying so.
 */
function resolveSlugConflicts(parsed: ParsedArticle[], problems: ContentProblem[]): ParsedArticle[] {
  const bySlug = new Map<string, ParsedArticle>();
  for (const article of parsed) {
    const first = bySlug.get(article.meta.slug);
    if (!first) {
      bySlug.set(article.meta.slug, article);
      continue;
    }
    if (first.fingerprint === article.fingerprint) {
      const known = new Set(first.meta.categories.map(categoryKey));
      first.meta.categories.push(...article.meta.categories.filter((c) => !known.has(categoryKey(c))));
      problems.push({
        file: article.meta.file,
        message: `is the same article as ${first.meta.file}; shown once, under the categories of both`,
        severity: 'warning',
      });
      continue;
    }
    const wanted = article.meta.slug;
    let slug = article.alternateSlug;
    if (!slug || bySlug.has(slug)) slug = hashSlug(wanted || 'a', article.meta.file);
    article.meta.slug = slug;
    bySlug.set(slug, article);
    problems.push({
      file: article.meta.file,
      field: 'slug',
      message: `"${wanted}" is already the address of ${first.meta.file}, so this article is at /articles/${slug}; give one of them its own \`slug\` to choose`,
      severity: 'warning',
    });
  }
  return [...bySlug.values()];
}
