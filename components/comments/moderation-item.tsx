import { blockTarget, statusAfter } from '@/lib/comments/moderate';
import type { ModerationView } from '@/lib/comments/moderation-query';
import { toShownComment } from '@/lib/comments/read';
import { articleHref, type ArticleMeta } from '@/lib/content';
import type { StoredComment } from '@/lib/db/comments';
import { t } from '@/lib/strings';
import { CommentItem } from './comment-item';
import { moderate } from './moderation-actions';

const m = t.comments.moderation;

/** A decision that cannot be taken back, behind a second button: a confirmation that needs no JavaScript. */
function Confirmed({ intent, warning, confirm }: { intent: 'delete' | 'block'; warning: string; confirm: string }) {
  return (
    <details>
      <summary className="pill cursor-pointer list-none [&::-webkit-details-marker]:hidden">{m.actions[intent]}</summary>
      <div className="mt-2 max-w-sm space-y-2 rounded-lg border border-stone-300 p-3 dark:border-stone-600">
        <p className="text-sm text-stone-600 dark:text-stone-300">{warning}</p>
        <button type="submit" name="intent" value={intent} className="rounded-full bg-red-700 px-3 py-1 text-sm font-semibold text-white hover:bg-red-800">
          {confirm}
        </button>
      </div>
    </details>
  );
}

/**
 * One comment on /moderation: which article it is under and who wrote it, the comment as readers
 * see it, and the decisions a moderator may take on it from the view it is listed in.
 */
export function ModerationItem({ comment, article, view, timeZone }: { comment: StoredComment; article: ArticleMeta | undefined; view: ModerationView; timeZone: string }) {
  const quick = (['approve', 'hide', 'spam'] as const).filter((intent) => statusAfter[intent] !== view.status);
  const decisions = (
    <form action={moderate} className="mt-3 flex flex-wrap items-start gap-2">
      <input type="hidden" name="id" value={comment.id} />
      <input type="hidden" name="tab" value={view.status} />
      {view.article && <input type="hidden" name="article" value={view.article} />}
      {quick.map((intent) => (
        <button key={intent} type="submit" name="intent" value={intent} className="pill">
          {m.actions[intent]}
        </button>
      ))}
      <Confirmed intent="delete" warning={m.confirmDelete} confirm={m.deleteNow} />
      {blockTarget(comment) ? <Confirmed intent="block" warning={m.confirmBlock} confirm={m.blockNow} /> : <p className="py-1 text-sm text-stone-600 dark:text-stone-300">{m.cannotBlock}</p>}
    </form>
  );
  return (
    <li data-testid="moderation-comment" className="space-y-2 py-5">
      <p className="flex flex-wrap gap-x-3 text-sm text-stone-600 dark:text-stone-300">
        {article ? (
          <a href={articleHref(article.slug)} data-testid="moderation-article" className="font-medium text-stone-900 hover:text-accent dark:text-stone-100">
            {article.title}
          </a>
        ) : (
          <span>{t.reader.removedArticle(comment.articleSlug)}</span>
        )}
        <span data-testid="moderation-writer">{comment.readerId ? m.writer.reader : m.writer.guest}</span>
      </p>
      <CommentItem comment={toShownComment(comment)} timeZone={timeZone} actions={decisions} />
    </li>
  );
}
