import { unstable_cache } from 'next/cache';
import { getDb } from '../db';
import { getMarkCounts } from '../db/readers';
import { databaseKey } from '../supporters';

/**
 * How many readers bookmarked and liked an article, read through Next's data cache like the
 * supporter counts: a page view costs no query until a reader's mark expires the tag.
 */
export type ArticleReactions = { bookmarks: number; likes: number };

export const reactionsTag = (slug: string) => `reactions:article:${slug}`;

/** Another instance's marks never reach this process's cache; refreshed after this long anyway. */
const REVALIDATE_SECONDS = 300;

export function articleReactions(slug: string): Promise<ArticleReactions> {
  return unstable_cache(async () => getMarkCounts(await getDb(), slug), ['article-reactions', databaseKey(), slug], {
    tags: [reactionsTag(slug)],
    revalidate: REVALIDATE_SECONDS,
  })();
}
