import { authorHref, type Author } from '@/lib/content';
import { t } from '@/lib/strings';
import { AuthorAvatar } from './author-avatar';

export function AuthorCard({ author }: { author: Author }) {
  return (
    <section aria-label={t.article.by} className="card flex gap-4 p-5">
      <AuthorAvatar author={author} />
      <div className="min-w-0">
        <p className="font-semibold">
          <a href={authorHref(author.slug)} className="hover:text-accent">
            {author.name}
          </a>
          <span className="ml-2 text-sm font-normal text-muted">{t.author.articles(author.articleCount)}</span>
        </p>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{author.bio || t.author.noProfile}</p>
      </div>
    </section>
  );
}
