import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTag, getTagArticles, paginate, tagHref } from '@/lib/content';
import { feedAlternates, siteChannel } from '@/lib/feed/channels';
import { pageMetadata } from '@/lib/seo';
import { t } from '@/lib/strings';
import { ArticleList } from './article-list';

/** Metadata of `/tags/[tag]` and its `/page/N` pages. */
export async function tagArticlesMetadata(slug: string, page: number): Promise<Metadata> {
  const tag = await getTag(slug);
  if (!tag) return {};
  const base = tagHref(tag.slug);
  return pageMetadata({
    title: page > 1 ? `${tag.name} · ${t.pagination.page(page)}` : tag.name,
    description: t.meta.tag(tag.name, tag.articleCount),
    path: page > 1 ? `${base}/page/${page}` : base,
    feeds: feedAlternates(siteChannel),
  });
}

/** Shared by `/tags/[tag]` and its `/page/N` pages. */
export async function TagArticlesPage({ slug, page: number }: { slug: string; page: number }) {
  const tag = await getTag(slug);
  if (!tag) notFound();
  const page = paginate(await getTagArticles(tag), number);
  if (!page) notFound();
  return (
    <>
      <p className="text-sm text-muted">{t.tag.label}</p>
      <h1 className="mt-1 text-2xl font-bold">{tag.name}</h1>
      <p className="mt-1 text-sm text-muted">
        {t.tag.articles(tag.articleCount)}
        {page.totalPages > 1 && ` · ${t.pagination.of(page.page, page.totalPages)}`}
      </p>
      <ArticleList page={page} base={tagHref(tag.slug)} />
    </>
  );
}
