import type { ArticleMeta, Page } from '@/lib/content';
import { t } from '@/lib/strings';
import { ArticleCard } from './article-card';
import { Pagination } from './pagination';

/**
 * A page of article cards with its pagination; `base` is the listing's URL for page 1. `showPinned`:
 * this is the list pinned articles lead (the home page), so they are marked 置顶.
 */
export function ArticleList({ page, base, showPinned = false }: { page: Page<ArticleMeta>; base: string; showPinned?: boolean }) {
  if (page.total === 0) return <p className="py-8 text-muted">{t.empty}</p>;
  return (
    <>
      <div>
        {page.items.map((a, i) => (
          <ArticleCard key={a.slug} article={a} eager={i < 2} pinned={showPinned && !!a.pinned} />
        ))}
      </div>
      <Pagination base={base} page={page.page} totalPages={page.totalPages} />
    </>
  );
}
