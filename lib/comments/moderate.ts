/**
 * A moderator's decision on one comment, free of Next.js so tests run it against PGlite and
 * PostgreSQL. The caller (the moderation page's action) supplies the database and what the
 * signed-in moderator may moderate, read again for every request; it expires the article's comment
 * list afterwards. Hiding and marking spam keep the row; only `delete` removes it.
 */
import { z } from 'zod';
import type { Database } from '../db/connection';
import { blockCommenter, deleteComment, findComment, setCommentStatus, type BlockTarget, type CommentStatus, type StoredComment } from '../db/comments';
import { mayModerate, type ModerationScope } from './access';

export const moderationIntents = ['approve', 'hide', 'spam', 'delete', 'block'] as const;
export type ModerationIntent = (typeof moderationIntents)[number];

/** What the moderation form sends: which comment, and what to do with it. */
export const moderationInput = z.object({ id: z.uuid(), intent: z.enum(moderationIntents) });

/** The status each quick decision leaves a comment in. */
export const statusAfter = { approve: 'approved', hide: 'hidden', spam: 'spam' } as const satisfies Partial<Record<ModerationIntent, CommentStatus>>;

export const moderationErrors = ['invalid', 'not-found', 'forbidden', 'no-email', 'self', 'unavailable'] as const;
export type ModerationError = (typeof moderationErrors)[number];

export type ModerationResult = { ok: true; intent: ModerationIntent; articleSlug: string } | { ok: false; error: ModerationError };

export type Moderator = {
  /** What the moderator may moderate; null: nothing. */
  scope: ModerationScope | null;
  /** The moderator's own reader id, so that they cannot block themselves. */
  readerId: string | null;
  /** Recorded with a block: who decided it. */
  login: string;
};

const refuse = (error: ModerationError): ModerationResult => ({ ok: false, error });

/** Whom blocking a comment's writer blocks: the signed-in reader, or the guest's address; none for a guest who left no address. */
export function blockTarget(comment: Pick<StoredComment, 'readerId' | 'emailHash'>): BlockTarget | null {
  if (comment.readerId) return { readerId: comment.readerId };
  return comment.emailHash ? { emailHash: comment.emailHash } : null;
}

/** Carries out one moderation decision, or says why not; `db` null when the database is unavailable. */
export async function moderateComment(input: unknown, db: Database | null, moderator: Moderator): Promise<ModerationResult> {
  const parsed = moderationInput.safeParse(input);
  if (!parsed.success) return refuse('invalid');
  if (!moderator.scope) return refuse('forbidden');
  if (!db) return refuse('unavailable');
  const { id, intent } = parsed.data;
  try {
    const comment = await findComment(db, id);
    if (!comment) return refuse('not-found');
    if (!mayModerate(moderator.scope, comment.articleSlug)) return refuse('forbidden');
    if (intent === 'delete') {
      if (!(await deleteComment(db, id))) return refuse('not-found');
    } else if (intent === 'block') {
      const target = blockTarget(comment);
      if (!target) return refuse('no-email');
      if ('readerId' in target && target.readerId === moderator.readerId) return refuse('self');
      await blockCommenter(db, target, moderator.login);
    } else if (!(await setCommentStatus(db, id, statusAfter[intent]))) {
      return refuse('not-found');
    }
    return { ok: true, intent, articleSlug: comment.articleSlug };
  } catch (error) {
    console.error('[评论] moderating a comment failed:', error);
    return refuse('unavailable');
  }
}
