import { revalidateTag } from 'next/cache';
import { z } from 'zod';
import { editCommentInput } from '@/lib/comments/input';
import { commentsTag, toShownComment } from '@/lib/comments/read';
import { findComment, editOwnComment, withdrawOwnComment, type OwnChange } from '@/lib/db/comments';
import { json, methodNotAllowed, refuse } from '@/lib/json-api';
import { forReader } from '@/lib/reader/route';
import { t } from '@/lib/strings';

type Context = { params: Promise<{ id: string }> };

const errors = t.comments.errors;
const commentId = z.uuid();

const refusals: Record<Exclude<OwnChange, 'done'>, () => Response> = {
  'not-found': () => refuse(404, errors.notYours),
  'too-late': () => refuse(403, errors.tooLate),
};

/**
 * The reader's own comment, within ten minutes of posting it: PATCH `{ body }` changes its text,
 * DELETE withdraws it. Checked as every reader endpoint is (lib/reader/route.ts).
 */
function ownChange(change: 'edit' | 'withdraw') {
  return async (request: Request, { params }: Context) => {
    const id = commentId.safeParse((await params).id);
    return forReader(request, { write: true, body: change === 'edit' ? editCommentInput : undefined, unavailable: errors.unavailable }, async ({ readerId, db, body }) => {
      if (!id.success) return refusals['not-found']();
      const outcome = change === 'edit' ? await editOwnComment(db, id.data, readerId, body!.body) : await withdrawOwnComment(db, id.data, readerId);
      if (outcome !== 'done') return refusals[outcome]();
      const comment = (await findComment(db, id.data))!;
      revalidateTag(commentsTag(comment.articleSlug), { expire: 0 });
      return json({ comment: toShownComment(comment) });
    });
  };
}

export const PATCH = ownChange('edit');
export const DELETE = ownChange('withdraw');
export const GET = methodNotAllowed(['PATCH', 'DELETE']);
export const POST = GET;
export const PUT = GET;
