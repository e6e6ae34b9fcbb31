import { articleHref, type ArticleMeta } from '@/lib/content';
import { t } from '@/lib/strings';
import { ArticleDate } from './article-date';

export function RelatedArticles({ articles }: { articles: ArticleMeta[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading" className="mb-3 text-lg font-semibold">
        {t.article.related}
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {articles.map((a) => (
          <li key={a.slug} className="card p-4">
            <a href={articleHref(a.slug)} className="font-medium hover:text-accent">
              {a.title}
            </a>
            <ArticleDate iso={a.date} className="mt-1 block text-xs text-muted" />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ArticlePager({ newer, older }: { newer?: ArticleMeta; older?: ArticleMeta }) {
  if (!newer && !older) return null;
  return (
    <nav aria-label={t.article.pager} className="grid gap-3 sm:grid-cols-2">
      {[
        { a: older, label: t.article.older, rel: 'prev', align: '' },
        { a: newer, label: t.article.newer, rel: 'next', align: 'sm:col-start-2 sm:text-right' },
      ].map(({ a, label, rel, align }) =>
        a ? (
          <a key={rel} href={articleHref(a.slug)} rel={rel} className={`card p-4 hover:border-accent ${align}`}>
            <span className="block text-xs text-muted">{label}</span>
            <span className="font-medium">{a.title}</span>
          </a>
        ) : null,
      )}
    </nav>
  );
}
