import { articleHref, type ArticleMeta } from '@/lib/content';
import { t } from '@/lib/strings';
import { HeadlineText } from './headline-text';

/** Where an article is filed, then its linked title (marked 置顶 when pinned): the top of every article listing entry. */
export function ArticleHeading({ article, size, pinned = false }: { article: ArticleMeta; size: 'text-lg' | 'text-xl'; pinned?: boolean }) {
  const category = article.categories[0];
  return (
    <>
      {category && <p className="mb-1 text-xs text-accent-strong dark:text-orange-300">{category.join(' · ')}</p>}
      <h2 className={`headline ${size} leading-snug font-semibold`}>
        {pinned && (
          <span data-testid="pinned" className="mr-2 inline-block rounded bg-accent-strong px-1.5 py-0.5 align-[0.15em] text-xs font-medium text-white dark:bg-orange-300 dark:text-stone-950">
            {t.article.pinned}
          </span>
        )}
        <a href={articleHref(article.slug)} className="hover:text-accent">
          <HeadlineText text={article.title} />
        </a>
      </h2>
    </>
  );
}
