import { moderationHref, type ModerationView } from '@/lib/comments/moderation-query';
import type { CommentStatus } from '@/lib/db/comments';
import { commentStatuses } from '@/lib/db/schema';
import { t } from '@/lib/strings';

const m = t.comments.moderation;

/** The four lists of /moderation (待审核, 已通过, 已隐藏, 垃圾), each with how many it holds, for the same articles as the open one. */
export function ModerationTabs({ view, counts }: { view: ModerationView; counts: Record<CommentStatus, number> }) {
  return (
    <nav aria-label={m.tabs}>
      <ul className="flex flex-wrap gap-2">
        {commentStatuses.map((status) => {
          const here = status === view.status;
          return (
            <li key={status}>
              <a
                href={moderationHref({ ...view, status })}
                aria-current={here ? 'page' : undefined}
                className={`inline-flex gap-1.5 rounded-full border px-4 py-1 text-sm font-medium ${
                  here ? 'border-accent bg-accent text-white' : 'border-stone-300 text-stone-700 hover:border-accent hover:text-accent dark:border-stone-600 dark:text-stone-300'
                }`}
              >
                {m.statuses[status]}{' '}
                <span className="tabular-nums">{counts[status]}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
