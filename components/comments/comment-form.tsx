'use client';

import { useActionState, useEffect, useId, useState, useTransition, type FormEvent } from 'react';
import { COMMENT_MAX } from '@/lib/comments/limits';
import { commentText } from '@/lib/strings/comments';
import { postCommentAction, type CommentFormState } from './comment-actions';

const text = commentText.form;

/** Who the form is for: a signed-in reader, a guest (nickname, email, site), or no one yet. */
export type CommentFormMode = { kind: 'reader'; name: string } | { kind: 'guest' } | { kind: 'sign-in'; href: string };

type Props = {
  articleSlug: string;
  mode: CommentFormMode;
  /** A reply: the comment answered and its writer's name. */
  replyTo?: { id: string; name: string };
  onPosted?: (state: Extract<CommentFormState, { status: 'posted' }>) => void;
  onCancel?: () => void;
};

const field = 'w-full rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-600 dark:bg-stone-900';

/**
 * The comment form. Without JavaScript it is a plain form the server action answers with a new page
 * (useActionState carries the result into it); with JavaScript it is sent from here and the list
 * around it refreshes. A refusal keeps what was written.
 */
export function CommentForm({ articleSlug, mode, replyTo, onPosted, onCancel }: Props) {
  const [submittedWithoutScript, formAction] = useActionState(postCommentAction, { status: 'editing' });
  const [submitted, setSubmitted] = useState<CommentFormState>();
  const [pending, startTransition] = useTransition();
  const state = submitted ?? submittedWithoutScript;
  const echoed = state.status === 'failed' ? state.values : undefined;
  // A new form after each comment posted, so its fields start empty.
  const [round, setRound] = useState(0);
  const ids = { body: useId(), hint: useId(), status: useId() };

  useEffect(() => {
    if (submitted?.status === 'posted') onPosted?.(submitted);
  }, [submitted, onPosted]);

  if (mode.kind === 'sign-in') {
    return (
      <p className="text-sm">
        <a href={mode.href} className="font-medium text-accent-strong underline dark:text-orange-300">
          {text.signInToComment}
        </a>
      </p>
    );
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      try {
        const next = await postCommentAction(state, form);
        setSubmitted(next);
        if (next.status === 'posted') setRound((n) => n + 1);
      } catch {
        setSubmitted({
          status: 'failed',
          message: commentText.errors.network,
          values: { body: String(form.get('body') ?? ''), name: String(form.get('name') ?? ''), email: String(form.get('email') ?? ''), site: String(form.get('site') ?? '') },
        });
      }
    });
  };

  const message = state.status === 'failed' ? state.message : state.status === 'posted' ? (state.pending ? commentText.pending : commentText.posted) : undefined;
  return (
    <form key={round} action={formAction} onSubmit={submit} aria-label={replyTo ? commentText.replyTo(replyTo.name) : text.label} className="space-y-3" data-testid="comment-form">
      <input type="hidden" name="article" value={articleSlug} />
      {replyTo && <input type="hidden" name="replyTo" value={replyTo.id} />}
      {/* The honeypot: out of sight and out of the tab order; a person leaves it empty. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label>
          {text.honeypot}
          <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      {mode.kind === 'reader' && <p className="text-sm text-stone-600 dark:text-stone-400">{text.signedInAs(mode.name)}</p>}
      {mode.kind === 'guest' && (
        <div className="grid gap-3 sm:grid-cols-3">
          <label className="text-sm">
            {text.name}
            <input name="name" required maxLength={40} autoComplete="nickname" defaultValue={echoed?.name} className={`${field} mt-1`} />
          </label>
          <label className="text-sm">
            {text.email}
            <input name="email" type="email" autoComplete="email" defaultValue={echoed?.email} className={`${field} mt-1`} />
          </label>
          <label className="text-sm">
            {text.site}
            <input name="site" type="url" inputMode="url" autoComplete="url" defaultValue={echoed?.site} className={`${field} mt-1`} />
          </label>
        </div>
      )}
      <div>
        <label htmlFor={ids.body} className="text-sm font-medium">
          {replyTo ? commentText.replyTo(replyTo.name) : text.body}
        </label>
        <textarea id={ids.body} name="body" required rows={replyTo ? 3 : 4} aria-describedby={`${ids.hint} ${ids.status}`} defaultValue={echoed?.body} className={`${field} mt-1 block`} />
        <p id={ids.hint} className="mt-1 text-xs text-stone-600 dark:text-stone-400">
          {text.bodyHint(COMMENT_MAX)}
          {mode.kind === 'guest' && ` ${text.guestNote}`}
        </p>
      </div>
      <p id={ids.status} role="status" className={`text-sm ${state.status === 'failed' ? 'text-red-700 dark:text-red-300' : 'text-stone-700 dark:text-stone-300'}`}>
        {message}
      </p>
      <div className="flex gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-accent-strong px-4 py-2 text-sm font-medium text-white hover:bg-accent disabled:opacity-60">
          {pending ? text.submitting : text.submit}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} className="rounded-md border border-stone-300 px-4 py-2 text-sm dark:border-stone-600">
            {commentText.cancelReply}
          </button>
        )}
      </div>
    </form>
  );
}
