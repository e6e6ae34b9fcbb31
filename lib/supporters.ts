import { createHash } from 'node:crypto';
import { unstable_cache } from 'next/cache';
import { getDb, tipsAvailability } from './db';
import { databaseLocation } from './db/availability';
import { getArticleSupporters, getAuthorSupporterCount } from './db/tips';
import { t } from './strings';

/**
 * Supporter counts as the site shows them, read through Next's data cache: a page view costs no
 * query until a new tip invalidates the tag (`updateTag` in the recordTip action). The pages
 * themselves stay static; small client islands fetch these through the /api routes.
 */

/** Cache tags, one per article and one per author, invalidated when a tip is recorded. */
export const supportersTag = {
  article: (slug: string) => `supporters:article:${slug}`,
  author: (slug: string) => `supporters:author:${slug}`,
};

/** How many of the latest supporters an article shows. */
const LATEST_SHOWN = 8;

/**
 * Another instance's writes never reach this process's cache; after this many seconds a read is
 * refreshed anyway (in the background, the stale value still answering meanwhile).
 */
const REVALIDATE_SECONDS = 300;

/**
 * JSON of /api/articles/[slug]/supporters. A supporter has a name and avatar when they tipped
 * signed in and did not ask to stay anonymous; otherwise both are null.
 */
export type ArticleSupporters = { count: number; latest: { name: string | null; image: string | null; at: string }[] };

/** JSON of /api/authors/[slug]/supporters. */
export type AuthorSupporters = { count: number };

/**
 * Cached counts belong to one database. The data cache outlives builds (it sits in the build
 * folder's cache/), so after DATA_DIR or DATABASE_URL changes the old database's counts must not
 * answer. Hashed, so no connection URL ends up in a cache key.
 */
export function databaseKey(): string {
  return createHash('sha256').update(JSON.stringify(databaseLocation())).digest('hex').slice(0, 16);
}

export function articleSupporters(slug: string): Promise<ArticleSupporters> {
  return unstable_cache(
    async () => {
      const { count, latest } = await getArticleSupporters(await getDb(), slug, LATEST_SHOWN);
      return {
        count,
        latest: latest.map((s) => ({ name: s.reader?.name ?? null, image: s.reader?.image ?? null, at: s.createdAt.toISOString() })),
      };
    },
    ['article-supporters', databaseKey(), slug],
    { tags: [supportersTag.article(slug)], revalidate: REVALIDATE_SECONDS },
  )();
}

export function authorSupporters(slug: string): Promise<AuthorSupporters> {
  return unstable_cache(
    async () => ({ count: await getAuthorSupporterCount(await getDb(), slug) }),
    ['author-supporters', databaseKey(), slug],
    { tags: [supportersTag.author(slug)], revalidate: REVALIDATE_SECONDS },
  )();
}

/**
 * A counts route's answer (supporters, 收藏 / 点赞): the JSON of `read(slug)`; 404 for an unknown
 * slug; 503 when there is no database, or it fails to answer.
 */
export async function countsResponse<T>(slug: string | undefined, read: (slug: string) => Promise<T>): Promise<Response> {
  if (slug === undefined) return Response.json({ error: 'not found' }, { status: 404 });
  const availability = tipsAvailability();
  if (!availability.available) return Response.json({ error: availability.reason }, { status: 503 });
  try {
    return Response.json(await read(slug));
  } catch (error) {
    console.error(`[数据库] reading the counts of ${slug} failed:`, error);
    // `temporary`: the database is configured but not answering, which readers are told.
    return Response.json({ error: t.reader.errors.unavailable, temporary: true }, { status: 503 });
  }
}
