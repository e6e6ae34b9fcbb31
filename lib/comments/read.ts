/**
 * Comments as readers see them, read through Next's data cache with one tag per article, like the
 * supporter counts: a page of comments costs no query until a new or moderated comment expires the
 * article's tag. The article pages stay static; the comment island fetches these through the API.
 */
import { unstable_cache } from 'next/cache';
import { getDb } from '../db';
import { countComments, listComments, type CommentRole, type StoredComment } from '../db/comments';
import { databaseKey } from '../supporters';
import { renderComment } from './render';

export const commentsTag = (slug: string) => `comments:article:${slug}`;

/** Another instance's writes never reach this process's cache; refreshed after this long anyway. */
const REVALIDATE_SECONDS = 300;

export const COMMENTS_PER_PAGE = 50;

export type CommentSort = 'oldest' | 'newest';

/** One comment as the list shows it: no reader id and no address, only what a reader may see. */
export type ShownComment = {
  id: string;
  name: string;
  /** A guest's own site, linked from their name. */
  site: string | null;
  role: CommentRole | null;
  /** Sanitized HTML of the safe Markdown subset; empty when withdrawn. */
  html: string;
  at: string;
  edited: boolean;
  withdrawn: boolean;
  /** The name of whom a reply answers (@mention). */
  replyTo: string | null;
};

export type CommentThread = { comment: ShownComment; replies: ShownComment[] };

/** JSON of GET /api/articles/<slug>/comments. `count` is every shown comment, replies included. */
export type CommentPage = { threads: CommentThread[]; count: number; page: number; pages: number; sort: CommentSort };

export function toShownComment(row: StoredComment): ShownComment {
  const withdrawn = row.withdrawnAt !== null;
  return {
    id: row.id,
    name: row.authorName,
    site: row.site,
    role: row.role,
    html: withdrawn ? '' : renderComment(row.body),
    at: row.createdAt.toISOString(),
    edited: row.editedAt !== null,
    withdrawn,
    replyTo: row.replyToName,
  };
}

export function articleComments(slug: string, sort: CommentSort = 'oldest', page = 1): Promise<CommentPage> {
  return unstable_cache(
    async () => {
      const db = await getDb();
      const [list, counts] = await Promise.all([listComments(db, slug, { order: sort, page, perPage: COMMENTS_PER_PAGE }), countComments(db, [slug])]);
      return {
        // A withdrawn comment stays only as the place its replies hang on.
        threads: list.threads
          .map(({ comment, replies }) => ({ comment: toShownComment(comment), replies: replies.filter((reply) => !reply.withdrawnAt).map(toShownComment) }))
          .filter(({ comment, replies }) => !comment.withdrawn || replies.length > 0),
        count: counts.get(slug) ?? 0,
        page,
        pages: list.pages,
        sort,
      };
    },
    ['article-comments', databaseKey(), slug, sort, String(page)],
    { tags: [commentsTag(slug)], revalidate: REVALIDATE_SECONDS },
  )();
}

/** How many comments an article shows, for its header and its cards. */
export function commentCount(slug: string): Promise<number> {
  return unstable_cache(async () => (await countComments(await getDb(), [slug])).get(slug) ?? 0, ['article-comment-count', databaseKey(), slug], {
    tags: [commentsTag(slug)],
    revalidate: REVALIDATE_SECONDS,
  })();
}
