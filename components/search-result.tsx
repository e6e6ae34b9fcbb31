import { authorHref } from '@/lib/content';
import type { ArticleHit } from '@/lib/search';
import { ArticleDate } from './article-date';
import { ArticleHeading } from './article-heading';

/** One search result: where it is filed, its title, the passage that matched, author and date. */
export function SearchResult({ hit: { article, snippet } }: { hit: ArticleHit }) {
  return (
    <article className="border-b border-stone-200 py-5 dark:border-stone-800">
      <ArticleHeading article={article} size="text-lg" />
      <p
        className="mt-2 text-stone-600 dark:text-stone-400 [&_mark]:rounded-sm [&_mark]:bg-amber-200 [&_mark]:px-0.5 [&_mark]:text-stone-900 dark:[&_mark]:bg-amber-300/80"
        // Built by lib/search/snippet: every character of article text is escaped; only <mark> is markup.
        dangerouslySetInnerHTML={{ __html: snippet }}
      />
      <p className="mt-2 flex flex-wrap gap-x-3 text-sm text-muted">
        <a href={authorHref(article.author.slug)} className="hover:text-accent">
          {article.author.name}
        </a>
        <ArticleDate iso={article.date} />
      </p>
    </article>
  );
}
