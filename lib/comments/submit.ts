/**
 * The whole "post a comment" use case, free of Next.js so tests run it against PGlite and
 * PostgreSQL. Its callers (the comment endpoint and the form that posts without JavaScript) supply
 * the database, the client's key, the reader if signed in, and the article lookup.
 *
 * The rate limit comes first, before the request's body is even read (`acquireCommentSlot`, called
 * by the endpoint). Then, in this order, each refusal a reason and a message a person can read,
 * nothing stored: the article takes comments; the input is valid; the honeypot is empty; a guest
 * may comment and gave a name; the database answers; the writer is not blocked; the same text was
 * not posted before. A guest's comment, or one with more than LINKS_BEFORE_MODERATION links, waits
 * for a moderator.
 */
import type { Database } from '../db/connection';
import { addComment, CommentError, isBlocked, isDuplicate, type Commenter, type CommentRole, type StoredComment } from '../db/comments';
import { t } from '../strings';
import { createRateLimiter, type RateLimiter } from '../rate-limit/limiter';
import { COMMENT_MAX, emailHash, LINKS_BEFORE_MODERATION, linkCount, newCommentInput } from './input';

const errors = t.comments.errors;

export type SubmitCommentError =
  | 'closed'
  | 'unknown-article'
  | 'invalid'
  | 'bot'
  | 'login-required'
  | 'unavailable'
  | 'blocked'
  | 'duplicate';

export type SubmitCommentResult = { ok: true; comment: StoredComment; pending: boolean } | { ok: false; error: SubmitCommentError; message: string };

export type SubmitCommentContext = {
  /** null when the database is unavailable: nothing is stored then. */
  db: Database | null;
  articleSlug: string;
  /** The published article, and whether it takes comments (its `comments:` and the site's switch). */
  resolveArticle(slug: string): Promise<{ slug: string; commentsOpen: boolean } | undefined>;
  /** The signed-in reader, if any, and their voice under this article (作者 / 编辑). */
  reader?: { id: string; name: string; role?: CommentRole | null } | null;
  /** Whether the site takes comments from guests (who are then moderated first). */
  guestsAllowed: boolean;
  now?: Date;
};

/** 5 comments a minute per reader or address: far more than a person writes. */
const rateLimiter = createRateLimiter({ name: 'comments', limit: 5, windowMs: 60_000 });

/**
 * Counts one attempt to comment by a signed-in reader, or else by the client (an address, whatever
 * the caller trusts), and says whether it is within the limit.
 */
export function acquireCommentSlot(who: { readerId: string } | { clientKey: string }, limiter: RateLimiter = rateLimiter): Promise<boolean> {
  return limiter.tryAcquire('readerId' in who ? `reader:${who.readerId}` : `guest:${who.clientKey}`);
}

const refuse = (error: SubmitCommentError, message: string): SubmitCommentResult => ({ ok: false, error, message });

export async function submitComment(input: unknown, context: SubmitCommentContext): Promise<SubmitCommentResult> {
  const article = await context.resolveArticle(context.articleSlug);
  if (!article) return refuse('unknown-article', errors.unknownArticle);
  if (!article.commentsOpen) return refuse('closed', errors.closed);

  const parsed = newCommentInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message = issue?.path[0] === 'body' ? (issue.message === 'too-long' ? errors.tooLong(COMMENT_MAX) : errors.empty) : errors.invalid;
    return refuse('invalid', message);
  }
  const comment = parsed.data;
  if (comment.website) return refuse('bot', errors.bot);

  let by: Commenter;
  if (context.reader) by = { readerId: context.reader.id, name: context.reader.name, role: context.reader.role ?? null };
  else if (!context.guestsAllowed) return refuse('login-required', errors.loginRequired);
  else if (!comment.name) return refuse('invalid', errors.nameRequired);
  else by = { guest: { name: comment.name, emailHash: comment.email ? emailHash(comment.email) : null, site: comment.site ?? null } };

  const now = context.now ?? new Date();
  const { db } = context;
  if (!db) return refuse('unavailable', errors.unavailable);
  try {
    const guestHash = 'guest' in by ? by.guest.emailHash : null;
    if (await isBlocked(db, { readerId: context.reader?.id, emailHash: guestHash })) return refuse('blocked', errors.blocked);
    if (await isDuplicate(db, article.slug, by, comment.body)) return refuse('duplicate', errors.duplicate);
    const pending = 'guest' in by || linkCount(comment.body) > LINKS_BEFORE_MODERATION;
    const stored = await addComment(db, { articleSlug: article.slug, body: comment.body, by, replyTo: comment.replyTo, status: pending ? 'pending' : 'approved', createdAt: now });
    return { ok: true, comment: stored!, pending };
  } catch (error) {
    if (error instanceof CommentError) return refuse('invalid', errors.noSuchComment);
    console.error('[评论] storing a comment failed:', error);
    return refuse('unavailable', errors.unavailable);
  }
}
