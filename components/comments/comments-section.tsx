import type { ArticleMeta } from '@/lib/content';
import { articleHref } from '@/lib/content';
import { guestsAllowed } from '@/lib/comments/settings';
import { env } from '@/lib/env';
import { commentText } from '@/lib/strings/comments';
import { CommentsIsland } from './comments-island';

export const COMMENTS_ID = 'comments';

/**
 * The comments section at the end of an article: its heading, the island that loads the list, and
 * a link to the article's comments page, which shows and takes comments without JavaScript.
 */
export function CommentsSection({ article }: { article: ArticleMeta }) {
  return (
    <section id={COMMENTS_ID} aria-labelledby={`${COMMENTS_ID}-title`} className="not-prose mt-12 space-y-4 print:hidden border-t border-stone-200 pt-8 dark:border-stone-800">
      <h2 id={`${COMMENTS_ID}-title`} className="text-xl font-bold">
        {commentText.title}
      </h2>
      <CommentsIsland slug={article.slug} timeZone={env().timeZone} guestsAllowed={guestsAllowed()} />
      <p className="text-sm">
        <a href={`${articleHref(article.slug)}/comments`} className="text-stone-700 underline underline-offset-2 hover:text-accent dark:text-stone-300 dark:hover:text-orange-300">
          {commentText.readAll(article.title)}
        </a>
      </p>
    </section>
  );
}
