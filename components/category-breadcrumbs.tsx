import { categoryHref, type CategoryNode } from '@/lib/content';
import { t } from '@/lib/strings';

/** 首页 › 新媒体 › 人人都是产品经理 › 最新文章; the last crumb is the current page only on category pages. */
export function CategoryBreadcrumbs({ trail, currentIsLast = false }: { trail: CategoryNode[]; currentIsLast?: boolean }) {
  return (
    <nav aria-label={t.article.breadcrumb} className="text-sm text-muted">
      <ol className="flex flex-wrap items-center gap-1">
        <li>
          <a href="/" className="hover:text-accent">
            {t.home}
          </a>
        </li>
        {trail.map((node, i) => {
          const current = currentIsLast && i === trail.length - 1;
          return (
            <li key={node.segments.join('/')} className="flex items-center gap-1">
              <span aria-hidden="true">›</span>
              {current ? (
                <span aria-current="page">{node.name}</span>
              ) : (
                <a href={categoryHref(node)} className="hover:text-accent">
                  {node.name}
                </a>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
