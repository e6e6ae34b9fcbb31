import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { authorHref, getAuthor, getAuthorArticles, paginate } from '@/lib/content';
import { authorChannel, feedAlternates, siteChannel } from '@/lib/feed/channels';
import { pageMetadata } from '@/lib/seo';
import { t } from '@/lib/strings';
import { ArticleList } from './article-list';
import { AuthorProfile } from './author-profile';
import { AuthorSupportersIsland } from './tips/supporters';

/** Metadata of `/authors/[slug]` and its `/page/N` pages. */
export async function authorArticlesMetadata(slug: string, page: number): Promise<Metadata> {
  const author = await getAuthor(slug);
  if (!author) return {};
  const base = authorHref(author.slug);
  return pageMetadata({
    title: page > 1 ? `${author.name} · ${t.pagination.page(page)}` : author.name,
    description: author.bio ?? t.meta.author(author.name, author.articleCount),
    path: page > 1 ? `${base}/page/${page}` : base,
    feeds: feedAlternates(authorChannel(author), siteChannel),
  });
}

/** Shared by `/authors/[slug]` and its `/page/N` pages. */
export async function AuthorArticlesPage({ slug, page: number }: { slug: string; page: number }) {
  const author = await getAuthor(slug);
  if (!author) notFound();
  const page = paginate(await getAuthorArticles(author.slug), number);
  if (!page) notFound();
  return (
    <>
      <AuthorProfile author={author} />
      <AuthorSupportersIsland slug={author.slug} />
      <h2 className="mt-10 text-lg font-semibold">
        {t.author.allArticles(author.name)}
        {page.totalPages > 1 && <span className="ml-2 text-sm font-normal text-muted">{t.pagination.of(page.page, page.totalPages)}</span>}
      </h2>
      <ArticleList page={page} base={authorHref(author.slug)} />
    </>
  );
}
