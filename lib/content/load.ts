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
  /** Articles scheduled with a `publishAt` after this are not public yet. */
  now?: Date;
  /** Name used for articles without an author. */
  defaultAuthor?: string;
};

export type ContentIndex = {
  /** Public articles, newest first. */
  articles: ArticleMeta[];
  bySlug: Map<string, ArticleMeta>;
  /** Drafts and scheduled articles, kept for previews; never listed. */
  unpublished: ArticleMeta[];
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

/** Reads, validates and indexes a content folder. Never throws for bad content: it reports it. */
export async function loadContent(options: ContentOptions): Promise<ContentIndex> {
  const now = options.now ?? new Date();
  const problems: ContentProblem[] = [];
  let files: string[] = [];
  try {
    files = await listArticleFiles(options.articlesDir);
  } catch (error) {
    problems.push({ file: options.articlesDir, message: `cannot be read: ${(error as Error).message}`, severity: 'error' });
  }

  const parsed: ParsedArticle[] = [];
  for (const file of files) {
    const full = path.join(options.articlesDir, file);
    let raw: string;
    let stat: Stats;
    try {
      [raw, stat] = await Promise.all([readText(full), fs.stat(full)]);
    } catch (error) {
      problems.push({ file, message: `cannot be read: ${(error as Error).message}`, severity: 'error' });
      continue;
    }
    const result = await parseArticle(file, raw, { timeZone: options.timeZone, fileMtime: stat.mtime });
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

  const isPublic = (a: ArticleMeta) => !a.draft && (!a.publishAt || new Date(a.publishAt) <= now);
  const articles = all.filter(isPublic);
  const unpublished = all.filter((a) => !isPublic(a));

  const counts = new Map<string, number>();
  for (const a of articles) counts.set(a.author.slug, (counts.get(a.author.slug) ?? 0) + 1);
  const authors: Author[] = registry
    .all()
    .filter((a) => a.hasProfile || counts.has(a.slug))
    .map(({ aliases: _aliases, ...a }) => ({ ...a, articleCount: counts.get(a.slug) ?? 0 }))
    .sort((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name, 'zh-CN'));

  const { settings, problems: categoryProblems } = await loadCategorySettings(path.join(options.contentDir, 'categories.yml'));
  problems.push(...categoryProblems);
  const tree = buildCategoryTree(articles, settings, problems);
  const tags = buildTagIndex(articles);

  return {
    articles,
    bySlug: new Map(articles.map((a) => [a.slug, a])),
    unpublished,
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
    articlesDir: options.articlesDir,
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
