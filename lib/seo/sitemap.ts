import type { MetadataRoute } from 'next';
import {
  articleHref,
  authorHref,
  categoryHref,
  getArticles,
  getAuthorArticles,
  getAuthors,
  getCategoryArticles,
  getContentIndex,
  getTagArticles,
  getTags,
  tagHref,
  type ArticleMeta,
} from '../content';
import { absoluteUrl } from './index';

/** The most URLs one sitemap file may list (sitemaps.org); more are split into several files. */
export const SITEMAP_URL_LIMIT = 50_000;

/** `items` in runs of `size`; always at least one (possibly empty) run, so there is always a sitemap 0. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be a positive integer, got ${size}`);
  const chunks: T[][] = [];
  for (let start = 0; start < items.length || chunks.length === 0; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/** The URLs of the site as sitemap files: `app/sitemap.ts` serves them, `/sitemap.xml` indexes them. */
export const sitemapFiles = async () => chunk(await sitemapEntries(), SITEMAP_URL_LIMIT);

/** Where sitemap `id` is served (Next's naming for `generateSitemaps`). */
export const sitemapHref = (id: number) => `/sitemap/${id}.xml`;

const lastModified = (article: ArticleMeta | undefined) => (article ? (article.updated ?? article.date) : undefined);

/** Every indexable page: home, the public articles, each category, author and tag, their indexes, and the archive. */
export async function sitemapEntries(): Promise<MetadataRoute.Sitemap> {
  const [articles, index, authors, tags] = await Promise.all([getArticles(), getContentIndex(), getAuthors(), getTags()]);
  const newest = lastModified(articles[0]);
  const categories = await Promise.all(
    [...index.categoryBySegments.values()].map(async (node) => ({ url: categoryHref(node), lastModified: lastModified((await getCategoryArticles(node))[0]) })),
  );
  const authorPages = await Promise.all(
    authors.map(async (author) => ({ url: authorHref(author.slug), lastModified: lastModified((await getAuthorArticles(author.slug))[0]) })),
  );
  const tagPages = await Promise.all(tags.map(async (tag) => ({ url: tagHref(tag.slug), lastModified: lastModified((await getTagArticles(tag))[0]) })));
  return [
    { url: '/', lastModified: newest },
    ...articles.map((article) => ({ url: articleHref(article.slug), lastModified: lastModified(article) })),
    { url: '/categories', lastModified: newest },
    ...categories,
    { url: '/authors', lastModified: newest },
    ...authorPages,
    { url: '/tags', lastModified: newest },
    ...tagPages,
    { url: '/archives', lastModified: newest },
  ].map((entry) => ({ ...entry, url: absoluteUrl(entry.url) }));
}
