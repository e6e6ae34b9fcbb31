import type { Stats } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArticle, type ParsedArticle } from './article';
import { AuthorRegistry, loadAuthorProfiles } from './authors';
import { buildCategoryTree, categoryKey, loadCategorySettings } from './categories';
import { listArticleFiles, readText } from './files';
import { buildTagIndex } from './tags';
import type { ArticleMeta, Author, CategoryNode, ContentProblem, Tag } from './types';

export type ContentOptions = {
  contentDir: string;
  articlesDir: string;
  timeZone: string;
  /** Articles scheduled (by `publishAt`, else `date`) after this are not public yet. */
  now?: Date;
  /** Name used for articles without an author. */
  defaultAuthor?: string;
};

export type ContentIndex = {
  /** Public articles, newest first. */
  articles: ArticleMeta[];
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
};

/** Everything read from the content folder, before deciding what is public at a given time. */
export type ContentRead = {
  all: ArticleMeta[];
  registry: AuthorRegistry;
  settings: Awaited<ReturnType<typeof loadCategorySettings>>['settings'];
  problems: ContentProblem[];
  articlesDir: string;
};

/** Reads, validates and indexes a content folder. Never throws for bad content: it reports it. */
export async function loadContent(options: ContentOptions): Promise<ContentIndex> {
  return indexContent(await readContent(options), options.now ?? new Date());
}

/** Hexo keeps unfinished posts in `source/_drafts`; any folder of that name holds drafts. */
const inDraftsFolder = (file: string) => file.split(path.sep).includes('_drafts');

/** One article file read and parsed; `article` is undefined when it has an error. */
export type FileResult = { article?: ParsedArticle; problems: ContentProblem[]; text?: string };

/** Reads and parses one article file (relative to `articlesDir`). Never throws: a failure is a problem. */
export async function readArticleFile(articlesDir: string, file: string, timeZone: string): Promise<FileResult> {
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
  const result = await parseArticle(file, raw, { timeZone, fileMtime: stat.mtime });
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
export type ParseFiles = (articlesDir: string, files: string[], timeZone: string) => Promise<FileResult[]>;

const parseOneByOne: ParseFiles = async (articlesDir, files, timeZone) => {
  const results: FileResult[] = [];
  for (const file of files) results.push(await readArticleFile(articlesDir, file, timeZone));
  return results;
};

/** Reads and validates every file: the slow part, done once however often the time moves on. */
export async function readContent(options: ContentOptions, parseFiles: ParseFiles = parseOneByOne): Promise<ContentRead> {
  const problems: ContentProblem[] = [];
  let files: string[] = [];
  try {
    files = await listArticleFiles(options.articlesDir, problems);
  } catch (error) {
    problems.push({ file: options.articlesDir, message: `cannot be read: ${(error as Error).message}`, severity: 'error' });
  }

  const parsed: ParsedArticle[] = [];
  for (const result of await parseFiles(options.articlesDir, files, options.timeZone)) {
    problems.push(...result.problems);
    if (result.article) parsed.push(result.article);
  }

  const accepted = resolveSlugConflicts(parsed, problems);
  const { profiles, problems: authorProblems } = await loadAuthorProfiles(path.join(options.contentDir, 'authors'));
  problems.push(...authorProblems);
  const registry = new AuthorRegistry(profiles, problems);
  const defaultAuthor = options.defaultAuthor ?? '佚名';
  const all: ArticleMeta[] = accepted.map(({ meta: { authorName, ...meta } }) => {
    const author = registry.resolve(authorName ?? defaultAuthor);
    return { ...meta, author: { name: author.name, slug: author.slug } };
  });
  all.sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
  const { settings, problems: categoryProblems } = await loadCategorySettings(path.join(options.contentDir, 'categories.yml'));
  problems.push(...categoryProblems);
  return { all, registry, settings, problems, articlesDir: options.articlesDir };
}

/** When an article goes public: its `publishAt`, else its `date` (a future date schedules it too). */
export const publishTime = (a: ArticleMeta) => Date.parse(a.publishAt ?? a.date);

/** What is public at `now`, and every list, tree and count built from only that. Cheap. */
export function indexContent(read: ContentRead, now: Date): ContentIndex {
  const isPublic = (a: ArticleMeta) => !a.draft && publishTime(a) <= now.getTime();
  const articles = read.all.filter(isPublic);
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

  return {
    articles,
    bySlug: new Map(articles.map((a) => [a.slug, a])),
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
  };
}

/**
 * Two files, one slug. The same post filed in two category folders (scrapers do this for
 * "latest" and "popular" lists) becomes one article listed under both categories. Anything else
 * is an error naming both files; the first file in path order keeps the slug.
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
    problems.push({
      file: article.meta.file,
      field: 'slug',
      message: `"${article.meta.slug}" is already used by ${first.meta.file}; give one of them a different \`slug\``,
      severity: 'error',
    });
  }
  return [...bySlug.values()];
}
