import { createHash } from 'node:crypto';
import path from 'node:path';
import { analyzeBody } from './analyze';
import { bodyContext, linkedPostOnFirstLink } from './body-context';
import { checkMdxRuns } from './mdx-check';
import { parseContentDate } from './dates';
import { formatOf } from './files';
import { splitFrontMatter } from './front-matter';
import { articleImageUrl, imageIdentity } from './images';
import { describeIssues, frontMatterSchema } from './schema';
import { deriveSlug, slugify } from './slug';
import type { HexoSite } from '../hexo/config';
import { hexoPostPath, parseHexoFileName } from '../hexo/post';
import { resolvePostImage } from '../hexo/assets';
import type { ArticleMeta, ContentProblem } from './types';

export type ParsedArticle = {
  meta: Omit<ArticleMeta, 'author'> & { authorName?: string };
  /** Fingerprint of everything but the categories, to recognise one post filed in two folders. */
  fingerprint: string;
  /** A slug of the whole path (folders too), for when another post already has `meta.slug`. */
  alternateSlug: string;
};

export type ParseContext = {
  timeZone: string;
  /** The file's modification time: the date of a post whose date cannot be read, as Hexo does. */
  fileMtime?: Date;
  /** The file's absolute path, for the images beside it. */
  filePath?: string;
  /** The Hexo site the post belongs to: its slug, old URL and date from the file name come from it. */
  hexo?: HexoSite;
  /** Every post's `post_link` name (lib/content/body-context.ts), so a link to a missing post is reported. */
  postLinkKeys?: string[];
  /** Told of every file beside the post looked for (lib/hexo/assets.ts PostFiles). */
  onFileCheck?: (file: string, found: boolean) => void;
};

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
  const input = split.data;
  const hexoName = context.hexo && parseHexoFileName(context.hexo, file.split(path.sep).slice(1).join('/'));
  /** What a title-less post is called: its file name, or for `index.md`, its folder's. */
  const fileTitle = stem.toLowerCase() === 'index' && path.dirname(file) !== '.' ? path.basename(path.dirname(file)) : stem;

  const parsed = frontMatterSchema.safeParse(input);
  if (!parsed.success) {
    for (const { field, message } of describeIssues(parsed.error)) error(message, field);
    return { problems };
  }
  const fm = parsed.data;
  // A typo in a publishing flag must never publish a draft: refused, once the rest is checked too.
  // So is one in `outdated`, which would otherwise silently show or hide the notice.
  const publishing = { draft: fm.draft, published: fm.published };
  for (const [field, value] of Object.entries({ ...publishing, outdated: fm.outdated })) {
    if (typeof value === 'object') error(`must be true or false, not ${JSON.stringify(value.invalid)}`, field);
  }
  if (fm.password) {
    warn('is protected by a password (hexo-blog-encrypt), but the file holds the text unencrypted, so the post is not published; remove `password` to publish it', 'password');
    return { problems };
  }
  const title = fm.title ?? fileTitle;
  if (split.hasFrontMatter && fm.title === undefined) {
    warn(`is missing: the file name "${fileTitle}" is used as the title; add a \`title:\` line`, 'title');
  }

  /**
   * A date as Hexo reads it; one it cannot read falls back to the file's time, as Hexo does. The
   * time is read only when it is used, so that a caller can tell whether the result depends on it.
   */
  const readDate = (value: unknown, field: string, mtimeFallback: boolean): Date | undefined => {
    if (value === undefined || value === null || value === '') return undefined;
    const result = parseContentDate(value, context.timeZone);
    if (result.ok) {
      if (result.note) warn(result.note, field);
      return result.date;
    }
    const fallback = mtimeFallback ? context.fileMtime : undefined;
    if (fallback) {
      warn(`${result.message}; Hexo cannot read it either, so the file's modification time is used, as Hexo does`, field);
      return fallback;
    }
    error(result.message, field);
    return undefined;
  };
  let date = readDate(fm.date, 'date', true);
  if (!date && hexoName?.year && (hexoName.month || hexoName.i_month) && (hexoName.day || hexoName.i_day)) {
    // Hexo takes a missing date from the file name when new_post_name carries one.
    const fromName = parseContentDate(`${hexoName.year}-${hexoName.month ?? hexoName.i_month}-${hexoName.day ?? hexoName.i_day}`, context.timeZone);
    if (fromName.ok) date = fromName.date;
  }
  if (!date) {
    if (context.fileMtime) {
      warn('has no date: using the file’s modification time, which changes when the file is copied', 'date');
      date = context.fileMtime;
    } else error('is required', 'date');
  }
  const updated = readDate(fm.updated, 'updated', true);
  const publishAt = readDate(fm.publishAt, 'publishAt', false);
  // A Hexo site names the author of posts that name none in its config.
  if (!fm.author && !context.hexo?.author) warn('is missing: the article is shown under the site’s default author', 'author');
  for (const [field, dropped] of [['tags', fm.tags.dropped], ['categories', fm.categories.dropped + fm.category.dropped]] as const) {
    if (dropped > 0) warn(`${dropped === 1 ? 'an item was' : `${dropped} items were`} left out: empty, or not a name; write names as \`- 名字\` lines or [a, b]`, field);
  }

  const categories = dedupePaths([...fm.categories.paths, ...fm.category.paths]);
  const oldPath = context.hexo && date && hexoPostPath(context.hexo, { slug: hexoName!.title, title: fm.title ?? '', date, timeZone: context.timeZone, categories, data: input });
  // The post's own files (asset folder, source/) resolve against where Hexo published them.
  const post = context.hexo && context.filePath && oldPath !== undefined ? { filePath: context.filePath, hexo: context.hexo, oldPath, onFileCheck: context.onFileCheck } : undefined;

  let analysis;
  try {
    // While addresses are not known yet, a link's text and whether its target exists are what the
    // index needs. Every post of a build shares one list of keys, and so one lookup. The keys are
    // read only on a link: reading them is what marks the file as depending on the other posts.
    const linkedPost = (slug: string) => {
      const keys = context.postLinkKeys ?? [];
      return linkedPostOnFirstLink(keys, () => keys.map((key) => ({ key, title: path.posix.basename(key), href: '' })))(slug);
    };
    const bodyWarn = (message: string) => warn(message, 'body');
    analysis = await analyzeBody(split.body, format, fm.description ?? fm.excerpt, bodyContext({ hexo: context.hexo, post, frontMatter: input, bodyLine: split.bodyLine, linkedPost, warn: bodyWarn }));
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

  const rawCover = fm.cover ?? fm.top_img ?? fm.index_img ?? fm.banner_img ?? fm.banner ?? fm.thumbnail ?? fm.headimg;
  const ownCover = rawCover && post ? resolvePostImage(rawCover, post) : undefined;
  if (ownCover && 'missing' in ownCover) warn(`image "${rawCover}" not found (looked for ${ownCover.missing}); the article has no cover`, 'cover');
  const cover = !rawCover || (ownCover && 'missing' in ownCover) ? undefined : ownCover ? ownCover.url : articleImageUrl(rawCover);
  // Hexo's slug is the file's name (its `:title`); our URL keeps only its last part unless the front matter names one.
  const nameSlug = hexoName ? slugify(path.posix.basename(hexoName.title)) : slugify(stem);
  const ownSlug = fm.slug === undefined ? undefined : slugify(fm.slug) || undefined;
  if (!ownSlug && !nameSlug) warn(`file name has no letters or digits: the URL is made from the title instead`, 'slug');
  const wholePath = file.split(path.sep).slice(context.hexo ? 1 : 0).join('/');
  const meta: ParsedArticle['meta'] = {
    slug: ownSlug ?? (nameSlug || deriveSlug(stem, title, file)),
    file,
    format,
    title,
    description: fm.description,
    excerpt: analysis.excerpt,
    date: date.toISOString(),
    updated: updated?.toISOString(),
    publishAt: publishAt?.toISOString(),
    authorName: fm.author,
    categories,
    tags: fm.tags.names,
    cover,
    coverInBody: !!cover && analysis.images.some((src) => imageIdentity(src) === imageIdentity(cover)),
    tipInBody: analysis.hasTipBlock,
    comments: fm.comments,
    draft: publishing.draft === true || publishing.published === false,
    pinned: fm.top ?? fm.sticky ?? fm.pin,
    hidden: fm.hidden || fm.hide,
    keywords: fm.keywords,
    copyright: fm.copyright,
    outdated: typeof fm.outdated === 'boolean' ? fm.outdated : undefined,
    permalink: fm.permalink,
    oldPath,
    toc: fm.toc ? analysis.toc : [],
    wordCount: analysis.wordCount,
    readingMinutes: analysis.readingMinutes,
  };
  const fingerprint = createHash('sha1').update(JSON.stringify([meta.title, meta.date, fm.author, split.body])).digest('base64');
  const alternateSlug = slugify(wholePath.slice(0, wholePath.length - path.extname(wholePath).length));
  return { article: { meta, fingerprint, alternateSlug }, problems, text: analysis.text };
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
