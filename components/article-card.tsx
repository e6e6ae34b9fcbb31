/* eslint-disable @next/next/no-img-element -- remote images from imported posts; no optimizer is configured */
import { commentsOpen } from '@/lib/comments/settings';
import { articleHref, authorHref, type ArticleMeta } from '@/lib/content';
import { t } from '@/lib/strings';
import { ArticleDate } from './article-date';
import { ArticleHeading } from './article-heading';
import { CommentCount } from './comments/comment-count';
import { MarkButtons } from './reader/mark-buttons';
import { StaticMarkup } from './static-markup';

export function ArticleCard({ article, eager = false, pinned = false }: { article: ArticleMeta; eager?: boolean; pinned?: boolean }) {
  return (
    <article className="group grid gap-4 border-b border-stone-200 py-6 sm:grid-cols-[1fr_12rem] dark:border-stone-800">
      <div className="min-w-0">
        {/* Sent once, as HTML: a listing's titles and excerpts are most of its text. */}
        <StaticMarkup as="div">
          <ArticleHeading article={article} size="text-xl" pinned={pinned} />
          <p className="mt-2 line-clamp-3 text-stone-600 dark:text-stone-400">{article.excerpt}</p>
        </StaticMarkup>
        <p className="mt-3 flex flex-wrap gap-x-3 gap-y-1 text-sm text-muted">
          <a href={authorHref(article.author.slug)} className="hover:text-accent">
            {article.author.name}
          </a>
          <ArticleDate iso={article.date} />
          <span>{t.article.readingTime(article.readingMinutes)}</span>
          {commentsOpen(article) && <CommentCount slug={article.slug} href={`${articleHref(article.slug)}#comments`} className="hover:text-accent" />}
        </p>
        <div className="mt-3">
          <MarkButtons slug={article.slug} title={article.title} variant="card" />
        </div>
      </div>
      {article.cover && (
        <img
          src={article.cover}
          alt=""
          width={384}
          height={216}
          loading={eager ? 'eager' : 'lazy'}
          decoding="async"
          referrerPolicy="no-referrer"
          className="aspect-video w-full rounded-md bg-stone-200 object-cover sm:order-none dark:bg-stone-800"
        />
      )}
    </article>
  );
}
