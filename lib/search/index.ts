import { getArticle, getArticles, type ArticleMeta } from '../content';
import { getDb } from '../db';
import { env } from '../env';
import { site } from '../site';
import { searchPostgresIndex } from './postgres';
import { searchIndex } from './query';
import { getSearchIndex } from './store';

export { MAX_QUERY_LENGTH, normalizeQuery } from './query';
export { SearchUnavailableError } from './postgres';

/** The results page for `query`; page 1 has no `page` parameter. */
export const searchHref = (query: string, page = 1) => `/search?q=${encodeURIComponent(query)}${page > 1 ? `&page=${page}` : ''}`;

export type ArticleHit = { article: ArticleMeta; /** HTML: escaped text with `<mark>`ed matches. */ snippet: string };
export type ArticleSearch = { total: number; page: number; totalPages: number; hits: ArticleHit[] };

/**
 * One page of articles matching `query` (already normalized), best first, from the configured
 * store (SEARCH_STORE). Throws SearchUnavailableError when the index is in PostgreSQL and that is down.
 */
export async function searchArticles(query: string, page: number): Promise<ArticleSearch> {
  const options = { page, pageSize: site.pageSize };
  const results =
    env().searchStore === 'postgres'
      ? await searchPostgresIndex(getDb, await getArticles(), query, options)
      : searchIndex(await getSearchIndex(), query, options);
  const hits = await Promise.all(results.hits.map(async (hit) => ({ article: await getArticle(hit.slug), snippet: hit.snippet })));
  // The index is checked against the content when it is loaded, so every slug resolves.
  return { ...results, hits: hits.filter((h): h is ArticleHit => h.article !== undefined) };
}
