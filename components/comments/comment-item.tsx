import type { ReactNode } from 'react';
import type { ShownComment } from '@/lib/comments/read';
import { formatChineseDateTime } from '@/lib/content/dates';
import { commentText } from '@/lib/strings/comments';
import { AuthorAvatar } from '../author-avatar';

const badges = { author: commentText.authorBadge, editor: commentText.editorBadge } as const;

/**
 * One comment as the article's island and its comments page both show it. The body is the server's
 * sanitized HTML of the safe Markdown subset (lib/comments/render.ts), so it is set as it is.
 */
export function CommentItem({ comment, timeZone, actions }: { comment: ShownComment; timeZone: string; actions?: ReactNode }) {
  const nameId = `comment-${comment.id}-name`;
  return (
    <article id={`comment-${comment.id}`} aria-labelledby={nameId} className="flex gap-3" data-testid="comment">
      <AuthorAvatar author={{ name: comment.name }} size="row" />
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
          {comment.site ? (
            <a id={nameId} href={comment.site} rel="nofollow ugc noopener" className="font-semibold hover:text-accent dark:hover:text-orange-300">
              {comment.name}
            </a>
          ) : (
            <span id={nameId} className="font-semibold">
              {comment.name}
            </span>
          )}
          {comment.role && (
            <span className="rounded bg-accent/15 px-1.5 text-xs font-medium text-accent-strong dark:text-orange-300" data-testid="comment-badge">
              {badges[comment.role]}
            </span>
          )}
          <time dateTime={comment.at} className="text-stone-600 dark:text-stone-400">
            {formatChineseDateTime(comment.at, timeZone)}
          </time>
          {comment.edited && !comment.withdrawn && <span className="text-stone-600 dark:text-stone-400">{commentText.edited}</span>}
        </p>
        {comment.withdrawn ? (
          <p className="mt-1 text-stone-600 italic dark:text-stone-400">{commentText.withdrawn}</p>
        ) : (
          <div className="prose prose-stone prose-sm mt-1 max-w-none break-words dark:prose-invert">
            {comment.replyTo && <span className="mr-1 text-stone-600 dark:text-stone-400">@{comment.replyTo}</span>}
            <div className="[&>p:first-child]:inline" dangerouslySetInnerHTML={{ __html: comment.html }} />
          </div>
        )}
        {actions}
      </div>
    </article>
  );
}

/** Threads one level deep: each top-level comment with its replies indented under it. */
export function CommentThreads({
  threads,
  timeZone,
  actionsFor,
}: {
  threads: { comment: ShownComment; replies: ShownComment[] }[];
  timeZone: string;
  actionsFor?: (comment: ShownComment, threadId: string) => ReactNode;
}) {
  return (
    <ol className="space-y-6" aria-label={commentText.title}>
      {threads.map(({ comment, replies }) => (
        <li key={comment.id}>
          <CommentItem comment={comment} timeZone={timeZone} actions={actionsFor?.(comment, comment.id)} />
          {replies.length > 0 && (
            <ol className="mt-4 ml-11 space-y-4 border-l border-stone-200 pl-4 dark:border-stone-800">
              {replies.map((reply) => (
                <li key={reply.id}>
                  <CommentItem comment={reply} timeZone={timeZone} actions={actionsFor?.(reply, comment.id)} />
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}
