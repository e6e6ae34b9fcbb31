'use client';

import { useCallback, useEffect, useState } from 'react';
import type { CommentPage, CommentSort, ShownComment } from '@/lib/comments/read';
import { commentText } from '@/lib/strings/comments';
import { signInHref, useReader } from '../reader/reader-provider';
import type { CommentFormState } from './comment-actions';
import { CommentForm, type CommentFormMode } from './comment-form';
import { CommentThreads } from './comment-item';
import { ownComments, rememberOwnComment } from './own-comments';

export type CommentsPanelProps = { slug: string; timeZone: string; guestsAllowed: boolean };

type Load = { page?: CommentPage; loading: boolean; message?: string };

const button = 'text-sm text-stone-700 underline-offset-2 hover:text-accent hover:underline dark:text-stone-300 dark:hover:text-orange-300';

/** Who the form is for, from the session the browser already knows. */
function useFormMode(guestsAllowed: boolean): CommentFormMode | undefined {
  const { status, user, loginEnabled } = useReader();
  if (status === 'signed-in' && user) return { kind: 'reader', name: user.name ?? commentText.anonymousReader };
  if (status === 'loading') return undefined;
  if (guestsAllowed) return { kind: 'guest' };
  return loginEnabled ? { kind: 'sign-in', href: signInHref() } : undefined;
}

/** A reader's own comment being changed: its new text, or the question before withdrawing it. */
function OwnActions({ comment, source, onChanged }: { comment: ShownComment; source: string; onChanged: () => void }) {
  const [mode, setMode] = useState<'idle' | 'editing' | 'confirming'>('idle');
  const [message, setMessage] = useState<string>();
  const send = async (method: 'PATCH' | 'DELETE', body?: string) => {
    try {
      const response = await fetch(`/api/comments/${comment.id}`, {
        method,
        headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify({ body }),
      });
      if (response.ok) {
        void response.text().catch(() => undefined);
        if (body !== undefined) rememberOwnComment(comment.id, comment.at, body.trim());
        setMode('idle');
        onChanged();
        return;
      }
      setMessage(((await response.json().catch(() => ({}))) as { error?: string }).error ?? commentText.errors.network);
    } catch {
      setMessage(commentText.errors.network);
    }
  };
  return (
    <div className="mt-2 space-y-2">
      {mode === 'editing' ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void send('PATCH', String(new FormData(event.currentTarget).get('body') ?? ''));
          }}
          className="space-y-2"
        >
          <label className="block text-sm">
            {commentText.edit}
            <textarea name="body" required rows={3} defaultValue={source} className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-600 dark:bg-stone-900" />
          </label>
          <div className="flex gap-3">
            <button type="submit" className="rounded-md bg-accent-strong px-3 py-1.5 text-sm text-white">
              {commentText.save}
            </button>
            <button type="button" onClick={() => setMode('idle')} className={button}>
              {commentText.cancel}
            </button>
          </div>
        </form>
      ) : mode === 'confirming' ? (
        <p className="flex flex-wrap items-center gap-3 text-sm">
          {commentText.confirmRemove}
          <button type="button" onClick={() => void send('DELETE')} className="rounded-md bg-red-700 px-3 py-1 text-white">
            {commentText.remove}
          </button>
          <button type="button" onClick={() => setMode('idle')} className={button}>
            {commentText.cancel}
          </button>
        </p>
      ) : (
        <p className="flex gap-4" title={commentText.ownWindow}>
          <button type="button" onClick={() => setMode('editing')} className={button}>
            {commentText.edit}
          </button>
          <button type="button" onClick={() => setMode('confirming')} className={button}>
            {commentText.remove}
          </button>
        </p>
      )}
      {message && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {message}
        </p>
      )}
    </div>
  );
}

/**
 * The comments under an article, loaded once the reader scrolls near them (comments-island.tsx):
 * the list in either order, 50 threads a page, replies one level deep, the form, and the reader's
 * own recent comments to change or withdraw.
 */
export default function CommentsPanel({ slug, timeZone, guestsAllowed }: CommentsPanelProps) {
  const [sort, setSort] = useState<CommentSort>('oldest');
  const [pageNumber, setPageNumber] = useState(1);
  const [refresh, setRefresh] = useState(0);
  const [load, setLoad] = useState<Load>({ loading: true });
  const [replyingTo, setReplyingTo] = useState<{ threadId: string; id: string; name: string }>();
  const [own, setOwn] = useState<Map<string, string>>(new Map());
  const mode = useFormMode(guestsAllowed);

  useEffect(() => {
    const controller = new AbortController();
    setLoad((previous) => ({ ...previous, loading: true }));
    fetch(`/api/articles/${encodeURIComponent(slug)}/comments?sort=${sort}&page=${pageNumber}`, { cache: 'no-store', signal: controller.signal })
      .then(async (response) => {
        const body = (await response.json().catch(() => ({}))) as CommentPage & { error?: string };
        setLoad(response.ok ? { page: body, loading: false } : { loading: false, message: body.error ?? commentText.errors.unavailable });
        setOwn(ownComments());
      })
      .catch(() => {
        if (!controller.signal.aborted) setLoad({ loading: false, message: commentText.errors.network });
      });
    return () => controller.abort();
  }, [slug, sort, pageNumber, refresh]);

  const changed = useCallback(() => setRefresh((n) => n + 1), []);
  const posted = useCallback(
    (state: Extract<CommentFormState, { status: 'posted' }>) => {
      if (!state.pending) rememberOwnComment(state.comment.id, state.comment.at, state.source);
      setReplyingTo(undefined);
      changed();
    },
    [changed],
  );

  const page = load.page;
  return (
    <div className="space-y-6" aria-busy={load.loading}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-stone-700 dark:text-stone-300" data-testid="comments-total">
          {page ? commentText.count(page.count) : commentText.loading}
        </p>
        <div role="group" aria-label={commentText.sort.label} className="flex gap-3">
          {(['oldest', 'newest'] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={sort === option}
              onClick={() => {
                setSort(option);
                setPageNumber(1);
              }}
              className={`${button} aria-pressed:font-semibold aria-pressed:text-accent-strong dark:aria-pressed:text-orange-300`}
            >
              {commentText.sort[option]}
            </button>
          ))}
        </div>
      </div>
      {load.message && (
        <p role="alert" className="text-sm text-stone-700 dark:text-stone-300">
          {load.message}
        </p>
      )}
      {page && page.count === 0 && <p className="text-stone-600 dark:text-stone-400">{commentText.empty}</p>}
      {page && (
        <CommentThreads
          threads={page.threads}
          timeZone={timeZone}
          actionsFor={(comment, threadId) =>
            comment.withdrawn ? null : (
              <>
                {own.has(comment.id) && <OwnActions comment={comment} source={own.get(comment.id)!} onChanged={changed} />}
                {mode && mode.kind !== 'sign-in' && (
                  <button type="button" onClick={() => setReplyingTo({ threadId, id: comment.id, name: comment.name })} className={`${button} mt-1`}>
                    {commentText.reply}
                  </button>
                )}
                {replyingTo?.id === comment.id && mode && (
                  <div className="mt-3">
                    <CommentForm articleSlug={slug} mode={mode} replyTo={replyingTo} onPosted={posted} onCancel={() => setReplyingTo(undefined)} />
                  </div>
                )}
              </>
            )
          }
        />
      )}
      {page && page.pages > 1 && (
        <nav aria-label={commentText.title} className="flex justify-between text-sm">
          <button type="button" disabled={pageNumber <= 1} onClick={() => setPageNumber((n) => n - 1)} className={`${button} disabled:invisible`}>
            {commentText.previousPage}
          </button>
          <span>{commentText.pageOf(pageNumber, page.pages)}</span>
          <button type="button" disabled={pageNumber >= page.pages} onClick={() => setPageNumber((n) => n + 1)} className={`${button} disabled:invisible`}>
            {commentText.nextPage}
          </button>
        </nav>
      )}
      {mode && <CommentForm articleSlug={slug} mode={mode} onPosted={posted} />}
    </div>
  );
}
