/**
 * Posting a comment for a request, whichever way it came: POST /api/articles/<slug>/comments, or the
 * comment form's server action (which also works without JavaScript). In the order every write
 * endpoint checks (the origin is checked before, by the route or by Next for an action): the
 * session and the rate limit (`commentWriter`), then the body, read by the caller within its size
 * limit, then the input and the database (`postComment`). A comment that shows at once expires the
 * article's cached list.
 */
import { currentReader, type SessionReader } from '../auth/session';
import { clientAddress } from '../client-address';
import { getArticle } from '../content';
import { getDbIfAvailable } from '../db';
import { t } from '../strings';
import { commentRole } from './access';
import { commentsTag } from './read';
import { commentsOpen, guestsAllowed } from './settings';
import { acquireCommentSlot, submitComment, type SubmitCommentResult } from './submit';

const errors = t.comments.errors;

/** Who is writing: a signed-in reader with an account, or a guest known by their address. */
export type CommentWriter = { reader: SessionReader & { id: string }; clientKey: string } | { reader: null; clientKey: string };

export type WriterCheck = { ok: true; writer: CommentWriter } | { ok: false; error: 'unavailable' | 'rate-limited'; message: string };

export async function commentWriter(headers: Headers): Promise<WriterCheck> {
  const reader = await currentReader();
  // Signed in while the database was down: the session has no account id to write under yet.
  if (reader && !reader.id) return { ok: false, error: 'unavailable', message: errors.unavailable };
  const clientKey = clientAddress(headers);
  const writer: CommentWriter = reader?.id ? { reader: { ...reader, id: reader.id }, clientKey } : { reader: null, clientKey };
  if (!(await acquireCommentSlot(writer.reader ? { readerId: writer.reader.id } : { clientKey }))) return { ok: false, error: 'rate-limited', message: errors.rateLimited };
  return { ok: true, writer };
}

/** Stores the comment; `expire` is how the caller's kind of request expires a cache tag. */
export async function postComment(writer: CommentWriter, slugParam: string, input: unknown, expire: (tag: string) => void): Promise<SubmitCommentResult> {
  const article = await getArticle(slugParam);
  const role = writer.reader && article ? await commentRole(writer.reader.identities, article) : null;
  const result = await submitComment(input, {
    db: await getDbIfAvailable().catch((error: unknown) => {
      console.error('[评论] the database did not open:', error);
      return null;
    }),
    articleSlug: article?.slug ?? slugParam,
    resolveArticle: async () => article && { slug: article.slug, commentsOpen: commentsOpen(article) },
    reader: writer.reader && { id: writer.reader.id, name: writer.reader.name ?? t.comments.anonymousReader, role },
    guestsAllowed: guestsAllowed(),
  });
  if (result.ok && !result.pending) expire(commentsTag(result.comment.articleSlug));
  return result;
}
