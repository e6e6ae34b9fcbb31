import Link from 'next/link';
import { tipHref } from '@/lib/content';
import type { AuthorRef } from '@/lib/content/types';
import { t } from '@/lib/strings';

/**
 * The 赞赏 button. It is a plain link to the author's tip page, so it works without JavaScript;
 * imported posts' own tip blocks render as this too, with their original prompt.
 */
export function TipButton({ author, prompt = t.tip.prompt }: { author: AuthorRef; prompt?: string }) {
  return (
    <div className="not-prose my-10 flex flex-col items-center gap-3 text-center">
      <p className="text-stone-600 dark:text-stone-300">{prompt}</p>
      <Link
        href={tipHref(author.slug)}
        className="inline-flex items-center gap-2 rounded-full bg-accent px-6 py-2.5 font-semibold text-white shadow-sm hover:bg-accent-strong"
      >
        <span aria-hidden="true">¥</span>
        {t.tip.button}
      </Link>
    </div>
  );
}
