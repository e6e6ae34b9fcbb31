import { articleHref, type ArticleMeta } from '@/lib/content';

/** Where an article is filed, then its linked title: the top of every article listing entry. */
export function ArticleHeading({ article, size }: { article: ArticleMeta; size: 'text-lg' | 'text-xl' }) {
  const category = article.categories[0];
  return (
    <>
      {category && <p className="mb-1 text-xs text-accent-strong dark:text-orange-300">{category.join(' · ')}</p>}
      <h2 className={`${size} leading-snug font-semibold`}>
        <a href={articleHref(article.slug)} className="hover:text-accent">
          {article.title}
        </a>
      </h2>
    </>
  );
}
