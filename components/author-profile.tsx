import type { Author } from '@/lib/content';
import { t } from '@/lib/strings';
import { AuthorAvatar } from './author-avatar';

/** The heading block of an author's pages. */
export function AuthorProfile({ author, title = author.name }: { author: Author; title?: string }) {
  return (
    <header className="flex flex-col gap-4 sm:flex-row sm:items-center">
      <AuthorAvatar author={author} size="lg" />
      <div className="min-w-0">
        <h1 className="text-2xl font-bold">{title}</h1>
        <p className="mt-1 text-sm text-muted">{t.author.articles(author.articleCount)}</p>
        <p className="mt-2 max-w-2xl text-stone-600 dark:text-stone-400">{author.bio || t.author.noProfile}</p>
        {author.links.length > 0 && (
          <ul aria-label={t.author.links} className="mt-2 flex flex-wrap gap-3 text-sm">
            {author.links.map((link) => (
              <li key={link.url}>
                <a href={link.url} rel="me noopener" className="text-accent-strong hover:underline dark:text-orange-300">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </header>
  );
}
