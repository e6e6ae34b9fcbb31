'use server';

import { updateTag } from 'next/cache';
import { headers } from 'next/headers';
import { commentWriter, postComment } from '@/lib/comments/post';
import { toShownComment, type ShownComment } from '@/lib/comments/read';

/** What the writer entered, sent back on failure so a form rendered without JavaScript keeps it. */
export type CommentFormValues = { body: string; name: string; email: string; site: string };

export type CommentFormState =
  | { status: 'editing' }
  | { status: 'posted'; comment: ShownComment; pending: boolean; /** As stored, for its writer to edit. */ source: string }
  | { status: 'failed'; message: string; values: CommentFormValues };

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

/**
 * Posts a comment from the comment form, under the article (with JavaScript) or on its comments page
 * (without), checked as the comment endpoint checks; a comment that shows at once expires the
 * article's cached list, so the page the action answers with already has it.
 */
export async function postCommentAction(_previous: CommentFormState, form: FormData): Promise<CommentFormState> {
  const values: CommentFormValues = { body: text(form, 'body'), name: text(form, 'name'), email: text(form, 'email'), site: text(form, 'site') };
  const check = await commentWriter(await headers());
  if (!check.ok) return { status: 'failed', message: check.message, values };
  const input = {
    body: values.body,
    // Fields a form leaves empty are left out, as a JSON client would.
    ...(values.name.trim() && { name: values.name }),
    email: values.email,
    ...(values.site.trim() && { site: values.site }),
    replyTo: text(form, 'replyTo'),
    website: text(form, 'website'),
  };
  const result = await postComment(check.writer, text(form, 'article'), input, updateTag);
  if (!result.ok) return { status: 'failed', message: result.message, values };
  return { status: 'posted', comment: toShownComment(result.comment), pending: result.pending, source: result.comment.body };
}
