import path from 'node:path';
import { env } from '../env';
import { site } from '../site';
import { categoryKey } from './categories';
import { formatOf, readText } from './files';
import { groupByMonth, type ArchiveYear } from './archive';
import { splitFrontMatter } from './front-matter';
import { watch } from 'node:fs';
import { now } from '../clock';
import { articlesRoot, indexContent, readContent, resolveOldUrl, type ContentIndex, type ContentRead } from './load';
import { contentOptions } from './options';
import { oldUrlKey } from '../hexo/old-urls';
import type { HexoPage } from '../hexo/pages';
import type { BodyContext } from './markdown';
import { bodyContext, linkedPostOnFirstLink, postLinkKey } from './body-context';
import { articleHref } from './href';
import { copyrightSettings, showsCopyright, type CopyrightSettings } from '../hexo/copyright';
import { themeOutdatedNotice } from '../hexo/notice-outdate';
import { outdatedNotice, outdatedSettings, type OutdatedNotice } from './outdated';
import { contentManifestPath, waitForContentManifest } from './manifest';
import { relatedArticles } from './related';
import { decodeParam } from './slug';
import { tagSlug } from './tags';
import type { ArticleMeta, Author, CategoryNode, ContentProblem, Tag, TipSettings } from './types';

export type { ArticleMeta, Author, CategoryNode, ContentProblem, Tag, TipSettings } from './types';
export type { ArchiveEntry, ArchiveMonth, ArchiveYear } from './archive';
export type { TocEntry } from './analyze';
export type { HexoPage } from '../hexo/pages';
export type { BodyFormat } from './markdown';
export { decodeParam, isValidSlug } from './slug';
export { articleHref, authorHref, categoryHref, tagHref, tipHref } from './href';

let readPromise: Promise<ContentRead> | undefined;
let current: (ContentIndex & { read: ContentRead }) | undefined;

/**
 * The metadata index, built once per process and shared by every page. In production (`next build`
 * and `next start`) it comes from the content manifest the build's content step wrote, so no
 * process parses article bodies; in development the files are read, problems printed once, and in
 * strict mode any problem fails instead. When a
 * scheduled article's time comes, the public lists are worked out again from what was read (no
 * file is read twice), so it appears without a rebuild. In development an edited file is read
 * again on the next request.
 */
export async function getContentIndex(): Promise<ContentIndex> {
  readPromise ??= (async () => {
    const config = env();
    const options = await contentOptions(config);
    if (!config.production) {
      watchForEdits(config.contentDir, articlesRoot(options));
      return report(await readContent(options), config.strictContent);
    }
    const manifest = await waitForContentManifest(options);
    // The build step reported the problems when it wrote the manifest; each worker stays quiet.
    if (typeof manifest !== 'string') return manifest;
    console.warn(`The content manifest ${path.relative(process.cwd(), contentManifestPath())} ${manifest}; reading every article instead. \`npm run build\` writes it ahead of time.`);
    return report(await readContent(options), config.strictContent);
  })();
  const read = await readPromise;
  const time = now();
  if (!current || current.read !== read || (current.nextPublishAt !== undefined && current.nextPublishAt <= time.getTime())) {
    current = Object.assign(indexContent(read, time), { read });
  }
  return current;
}

// On globalThis: Next.js evaluates this module once per route bundle in development, and every
// copy must agree on the version.
const CONTENT_VERSION = Symbol.for('yuedu.content-version');
const shared = globalThis as { [CONTENT_VERSION]?: number };

/**
 * Changes each time a content file changes (development only), so open pages know to refresh
 * (components/content-refresher.tsx).
 */
export function getContentVersion(): number {
  return shared[CONTENT_VERSION] ?? 0;
}

/** Development only: forget what was read when a content file changes, so the next request sees it. */
function watchForEdits(contentDir: string, articlesDir: string): void {
  // The content root's watcher already sees an articles folder inside it.
  const inside = !path.relative(contentDir, articlesDir).startsWith('..');
  for (const dir of inside ? [contentDir] : [contentDir, articlesDir]) {
    try {
      watch(dir, { recursive: true, persistent: false }, () => {
        readPromise = undefined;
        shared[CONTENT_VERSION] = Date.now();
      });
    } catch {
      // A folder that cannot be watched just needs a restart to show edits.
    }
  }
}

function report(read: ContentRead, strict: boolean): ContentRead {
  reportProblems(read.problems, strict);
  return read;
}

/** Prints the problems found in the content, or in strict mode (CI) fails with all of them. */
export function reportProblems(problems: ContentProblem[], strict: boolean) {
  if (problems.length === 0) return;
  const lines = problems.map(formatProblem);
  if (strict) throw new Error(`Content problems (CONTENT_STRICT is on):\n${lines.join('\n')}`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const summary = `${errors} ${errors === 1 ? 'error' : 'errors'}, ${problems.length - errors} ${problems.length - errors === 1 ? 'warning' : 'warnings'}`;
  console.warn(`Content problems (${summary}; articles with errors are left out):\n${lines.join('\n')}`);
}

export function formatProblem(p: ContentProblem): string {
  return `${p.severity}: ${p.file}${p.field ? ` [${p.field}]` : ''}: ${p.message}`;
}

export type Page<T> = { items: T[]; page: number; totalPages: number; total: number };

/** Page `page` (1-based) of a list; undefined for a page past the end, so the route can 404. */
export function paginate<T>(items: T[], page: number, size: number = site.pageSize): Page<T> | undefined {
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined;
  return { items: items.slice((page - 1) * size, page * size), page, totalPages, total: items.length };
}

/** A `page` route param as a page number, or NaN for anything that is not a plain positive integer. */
export function parsePageParam(value: string): number {
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : Number.NaN;
}

export async function getArticles(): Promise<ArticleMeta[]> {
  return (await getContentIndex()).articles;
}

/** The home page's list: pinned articles (`top`, `sticky`, `pin`) first, then the newest. */
export async function getHomeArticles(): Promise<ArticleMeta[]> {
  return (await getContentIndex()).homeArticles;
}

/** An article by slug as it arrives in a route (raw or percent-encoded). */
export async function getArticle(slugParam: string): Promise<ArticleMeta | undefined> {
  return (await getContentIndex()).bySlug.get(decodeParam(slugParam));
}

/** A draft or scheduled article by slug (raw or percent-encoded), for previews only. */
export async function getUnpublishedArticle(slugParam: string): Promise<ArticleMeta | undefined> {
  return (await getContentIndex()).unpublishedBySlug.get(decodeParam(slugParam));
}

/** Every draft and scheduled article, newest first; never for public pages. */
export async function getUnpublishedArticles(): Promise<ArticleMeta[]> {
  return (await getContentIndex()).unpublished;
}

/** The sign-in identities that belong to an author (their profile's `identities`). */
export async function getAuthorIdentities(slug: string): Promise<string[]> {
  return (await getContentIndex()).authorIdentities.get(slug) ?? [];
}

/** The posts a Hexo `post_link` can name, hidden ones too, at their addresses. */
const linkedPost = (index: ContentIndex) =>
  linkedPostOnFirstLink(index, () => [...index.bySlug.values()].map((article) => ({ key: postLinkKey(article.file, Boolean(index.hexo)), title: article.title, href: articleHref(article.slug) })));

/** The body source of one article, read only when its page is rendered, and where its own files are. */
export async function getArticleBody(article: ArticleMeta): Promise<{ source: string; format: 'md' | 'mdx'; context: BodyContext }> {
  return readArticleBody(await getContentIndex(), article);
}

/** An article's body and how to render it, from a given index (the page's, or a test's). */
export async function readArticleBody(index: ContentIndex, article: ArticleMeta): Promise<{ source: string; format: 'md' | 'mdx'; context: BodyContext }> {
  const filePath = path.join(index.articlesDir, article.file);
  const split = splitFrontMatter(await readText(filePath));
  if (!split.ok) throw new Error(`${article.file}: ${split.message}`);
  const post = index.hexo && article.oldPath !== undefined ? { filePath, hexo: index.hexo, oldPath: article.oldPath } : undefined;
  const context = bodyContext({ hexo: index.hexo, post, frontMatter: split.data, bodyLine: split.bodyLine, linkedPost: linkedPost(index) });
  return { source: split.body, format: formatOf(article.file), context };
}

/** The pages of a Hexo site's `source/` folder, each at its address. */
export async function getPages(): Promise<HexoPage[]> {
  return [...(await getContentIndex()).pageByHref.values()];
}

/** A page by its address (`/about`), from a route's segments, raw or percent-encoded. */
export async function getPage(segments: string[]): Promise<HexoPage | undefined> {
  return (await getContentIndex()).pageByHref.get(`/${segments.map(decodeParam).join('/')}`);
}

/** A page's body source, and where its own files are. */
export async function getPageBody(page: HexoPage): Promise<{ source: string; context: BodyContext }> {
  const { hexo } = await getContentIndex();
  const filePath = path.join(hexo!.sourceDir, page.file);
  const split = splitFrontMatter(await readText(filePath));
  if (!split.ok) throw new Error(`${page.file}: ${split.message}`);
  const post = { filePath, hexo: hexo!, oldPath: page.oldPath };
  return { source: split.body, context: bodyContext({ hexo, post, frontMatter: split.data, bodyLine: split.bodyLine, linkedPost: linkedPost(await getContentIndex()) }) };
}

/** Where an address the Hexo blog had lives now; undefined for one it never had (or without Hexo). */
export async function getMovedAddress(segments: string[]): Promise<string | undefined> {
  return resolveOldUrl(await getContentIndex(), `/${segments.join('/')}`);
}

/**
 * The file a Hexo site published at an address (`images/a.png`, `2020/01/02/post/b.png`), as an
 * absolute path; undefined when it published none there.
 */
export async function getSiteFile(segments: string[]): Promise<string | undefined> {
  const index = await getContentIndex();
  if (!index.hexo) return undefined;
  const key = oldUrlKey(`/${segments.join('/')}`, index.hexo.root);
  const file = index.siteFiles[key];
  return file === undefined ? undefined : path.join(index.hexo.sourceDir, file);
}

/** The 版权声明 an article shows, or undefined: the theme's setting, switched by the article's `copyright:`. */
export async function getCopyrightNotice(article: ArticleMeta): Promise<CopyrightSettings | undefined> {
  const settings = copyrightSettings((await getContentIndex()).hexo);
  return showsCopyright(settings, article.copyright) ? settings : undefined;
}

/**
 * The outdated-content notice an article shows now, or undefined (lib/content/outdated.ts). Worked
 * out when the page renders: a static page renders again within `revalidate` of being requested,
 * so an article that comes of age gets its notice then.
 */
export async function getOutdatedNotice(article: ArticleMeta): Promise<OutdatedNotice | undefined> {
  const config = env();
  const settings = outdatedSettings(config, themeOutdatedNotice((await getContentIndex()).hexo));
  return outdatedNotice(article, settings, now(), config.timeZone);
}

/** The article published just before and just after this one. */
export async function getAdjacentArticles(slug: string): Promise<{ newer?: ArticleMeta; older?: ArticleMeta }> {
  const { articles } = await getContentIndex();
  const i = articles.findIndex((a) => a.slug === slug);
  if (i < 0) return {};
  return { newer: articles[i - 1], older: articles[i + 1] };
}

/** Articles that share the most categories and tags with this one (lib/content/related.ts). */
export async function getRelatedArticles(article: ArticleMeta, limit: number = site.relatedCount): Promise<ArticleMeta[]> {
  return relatedArticles(article, (await getContentIndex()).articles, limit);
}

export async function getCategoryTree(): Promise<CategoryNode[]> {
  return (await getContentIndex()).categories;
}

/** A category by its URL segments (raw or percent-encoded). */
export async function getCategory(segments: string[]): Promise<CategoryNode | undefined> {
  return (await getContentIndex()).categoryBySegments.get(categoryKey(segments.map(decodeParam)));
}

/** The category node for a path of names, as articles list them. */
export async function getCategoryByNames(names: string[]): Promise<CategoryNode | undefined> {
  return (await getContentIndex()).categoryByNames.get(categoryKey(names));
}

/** Every category from the root down to `node`, for breadcrumbs. */
export async function getCategoryTrail(names: string[]): Promise<CategoryNode[]> {
  const index = await getContentIndex();
  return names.map((_, i) => index.categoryByNames.get(categoryKey(names.slice(0, i + 1)))).filter((n) => n !== undefined);
}

export async function getCategoryArticles(node: CategoryNode): Promise<ArticleMeta[]> {
  const index = await getContentIndex();
  const members = index.categoryMembers.get(node) ?? new Set();
  return index.articles.filter((a) => members.has(a.slug));
}


export async function getAuthors(): Promise<Author[]> {
  return (await getContentIndex()).authors;
}

export async function getAuthor(slugParam: string): Promise<Author | undefined> {
  return (await getContentIndex()).authorBySlug.get(decodeParam(slugParam));
}

export async function getAuthorArticles(slug: string): Promise<ArticleMeta[]> {
  return (await getContentIndex()).articles.filter((a) => a.author.slug === slug);
}

/** Every tag of a public article, most articles first. */
export async function getTags(): Promise<Tag[]> {
  return (await getContentIndex()).tags;
}

/** A tag by its URL segment (raw or percent-encoded). */
export async function getTag(slugParam: string): Promise<Tag | undefined> {
  return (await getContentIndex()).tagBySlug.get(decodeParam(slugParam));
}

export async function getTagArticles(tag: Tag): Promise<ArticleMeta[]> {
  const index = await getContentIndex();
  return (index.tagMembers.get(tag.slug) ?? []).map((slug) => index.bySlug.get(slug)!);
}

/**
 * An article's tags as the site names them, once each however the article spells them. A tag only
 * unpublished articles use has no page yet, so a previewed draft shows none for it.
 */
export async function getArticleTags(article: ArticleMeta): Promise<Tag[]> {
  const { tagBySlug } = await getContentIndex();
  return [...new Set(article.tags.map(tagSlug))].map((slug) => tagBySlug.get(slug)).filter((tag) => tag !== undefined);
}

/** Public articles by year and month in the site's time zone, newest first. */
export async function getArchive(): Promise<ArchiveYear[]> {
  const index = await getContentIndex();
  return groupByMonth(index.articles, index.timeZone);
}

/** How to tip an author: their own settings, else the site's; undefined when neither offers a way. */
export function tipSettingsFor(author: Pick<Author, 'tip'>): TipSettings | undefined {
  const settings = author.tip ?? site.tipDefaults;
  return settings.wechat || settings.alipay || settings.links.length > 0 ? settings : undefined;
}
