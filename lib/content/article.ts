import { createHash } from 'node:crypto';
import path from 'node:path';
import { analyzeBody } from './analyze';
import { checkMdxRuns } from './mdx-check';
import { parseContentDate } from './dates';
import { formatOf } from './files';
import { splitFrontMatter } from './front-matter';
import { articleImageUrl, imageIdentity } from './images';
import { describeIssues, frontMatterSchema } from './schema';
import { deriveSlug, slugify } from './slug';
import type { ArticleMeta, ContentProblem } from './types';

export type ParsedArticle = {
  meta: Omit<ArticleMeta, 'author'> & { authorName?: string };
  /** Fingerprint of everything but the categories, to recognise one post filed in two folders. */
  fingerprint: string;
};

export type ParseContext = { timeZone: string; fileMtime?: Date };

const DATE_FIELDS = ['date', 'updated', 'publishAt'] as const;

/**
 * Reads one article file into metadata, and the body as plain text (for the search index). Returns the problems found; `article` is undefined when
 * any of them is an error, so one broken file is reported and left out without touching others.
 */
export async function parseArticle(
  file: string,
  raw: string,
  context: ParseContext,
): Promise<{ article?: ParsedArticle; problems: ContentProblem[]; text?: string }> {
  const problems: ContentProblem[] = [];
  const error = (message: string, field?: string) => problems.push({ file, field, message, severity: 'error' });
  const warn = (message: string, field?: string) => problems.push({ file, field, message, severity: 'warning' });
  const format = formatOf(file);
  const stem = path.basename(file, path.extname(file));

  const split = splitFrontMatter(raw);
  if (!split.ok) {
    error(split.message);
    return { problems };
  }
  if (!split.hasFrontMatter) warn('has no front matter: the title is taken from the file name');
  const input = split.hasFrontMatter ? split.data : { title: stem };
  const readDate = (value: unknown, field: string): Date | undefined => {
    if (value === undefined) return undefined;
    const result = parseContentDate(value, context.timeZone);
    if (result.ok) return result.date;
    error(result.message, field);
    return undefined;
  };

  const parsed = frontMatterSchema.safeParse(input);
  if (!parsed.success) {
    const issues = describeIssues(parsed.error);
    for (const { field, message } of issues) error(message, field);
    // Every problem at once: a wrong date is worth knowing about while the file is being fixed anyway.
    for (const field of DATE_FIELDS) {
      const value = (input as Record<string, unknown>)[field];
      if (typeof value === 'string' && !issues.some((i) => i.field === field)) readDate(value, field);
    }
    return { problems };
  }
  const fm = parsed.data;
  let date = readDate(fm.date, 'date');
  if (fm.date === undefined) {
    if (context.fileMtime) {
      warn('has no date: using the file’s modification time, which changes when the file is copied', 'date');
      date = context.fileMtime;
    } else error('is required', 'date');
  }
  const updated = readDate(fm.updated, 'updated');
  const publishAt = readDate(fm.publishAt, 'publishAt');
  if (!fm.author) warn('is missing: the article is shown under the site’s default author', 'author');

  let analysis;
  try {
    analysis = await analyzeBody(split.body, format, fm.description ?? fm.excerpt);
  } catch (cause) {
    error(bodyParseError(cause, split.bodyLine), 'body');
  }
  if (analysis && format === 'mdx') {
    try {
      await checkMdxRuns(split.body);
    } catch (cause) {
      error(`body fails when its page is rendered: ${(cause as Error).message ?? String(cause)}`, 'body');
    }
  }
  if (problems.some((p) => p.severity === 'error') || !date || !analysis) return { problems };

  const rawCover = fm.cover ?? fm.headimg ?? fm.thumbnail;
  const cover = rawCover ? articleImageUrl(rawCover) : undefined;
  const categories = [...fm.categories, ...fm.category].map((p) => p.map((n) => n.trim()));
  if (fm.slug === undefined && !slugify(stem)) {
    warn(`file name has no letters or digits: the URL is made from the title instead`, 'slug');
  }
  const meta: ParsedArticle['meta'] = {
    slug: fm.slug ?? deriveSlug(stem, fm.title, file),
    file,
    format,
    title: fm.title,
    description: fm.description,
    excerpt: analysis.excerpt,
    date: date.toISOString(),
    updated: updated?.toISOString(),
    publishAt: publishAt?.toISOString(),
    authorName: fm.author,
    categories: dedupePaths(categories),
    tags: fm.tags,
    cover,
    coverInBody: !!cover && analysis.images.some((src) => imageIdentity(src) === imageIdentity(cover)),
    tipInBody: analysis.hasTipBlock,
    comments: fm.comments ?? true,
    draft: fm.draft === true || fm.published === false,
    permalink: fm.permalink,
    toc: analysis.toc,
    wordCount: analysis.wordCount,
    readingMinutes: analysis.readingMinutes,
  };
  const fingerprint = createHash('sha1').update(JSON.stringify([meta.title, meta.date, fm.author, split.body])).digest('base64');
  return { article: { meta, fingerprint }, problems, text: analysis.text };
}

function dedupePaths(paths: string[][]): string[][] {
  const seen = new Set<string>();
  return paths.filter((p) => p.length > 0 && !seen.has(p.join('\u0000')) && seen.add(p.join('\u0000')));
}

/**
 * A body parser's error, its positions counted in lines of the file rather than of the body. The
 * MDX parser gives the failing line, or for a tag left open at the end, the tag's place in its text.
 */
function bodyParseError(cause: unknown, bodyLine: number): string {
  const toFileLine = (line: number) => line + bodyLine - 1;
  const { line, reason, message } = cause as { line?: number; reason?: string; message?: string };
  const text = (reason ?? message ?? String(cause)).replace(/\((\d+):(\d+)-\d+:\d+\)/g, (_, l: string, c: string) => `(line ${toFileLine(Number(l))}, column ${c})`);
  return `body could not be parsed${line ? ` (line ${toFileLine(line)})` : ''}: ${text}`;
}
