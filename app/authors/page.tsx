import type { Metadata } from 'next';
import { AuthorAvatar } from '@/components/author-avatar';
import { authorHref, getAuthors } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';
import { t } from '@/lib/strings';

export const metadata: Metadata = pageMetadata({ title: t.allAuthors, description: t.meta.authors, path: '/authors' });

export default async function AuthorsPage() {
  const authors = await getAuthors();
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{t.allAuthors}</h1>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {authors.map((author) => (
          <li key={author.slug} className="card flex items-center gap-3 p-4">
            <AuthorAvatar author={author} />
            <div className="min-w-0">
              <a href={authorHref(author.slug)} className="font-semibold hover:text-accent">
                {author.name}
              </a>
              <p className="text-sm text-muted">{t.author.articles(author.articleCount)}</p>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
