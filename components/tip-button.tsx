import { tipHref } from '@/lib/content';
import type { AuthorRef } from '@/lib/content/types';
import { t } from '@/lib/strings';
import { TipLink } from './tip-link';

/**
 * The 赞赏 button. It is a link to the author's tip page, which works without JavaScript; with
 * JavaScript it opens the article's tip dialog. Imported posts' own tip blocks render as this too,
 * with their original prompt.
 */
export function TipButton({ author, articleSlug, prompt = t.tip.prompt }: { author: AuthorRef; articleSlug: string; prompt?: string }) {
  return (
    <div className="not-prose my-10 flex flex-col items-center gap-3 text-center">
      <p className="text-stone-600 dark:text-stone-300">{prompt}</p>
      <TipLink
        href={tipHref(author.slug, articleSlug)}
        className="inline-flex items-center gap-2 rounded-full bg-accent px-6 py-2.5 font-semibold text-white shadow-sm hover:bg-accent-strong"
      >
        <span aria-hidden="true">¥</span>
        {t.tip.button}
      </TipLink>
    </div>
  );
}
