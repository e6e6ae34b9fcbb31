import type { Metadata } from 'next';
import { AuthorArticlesPage } from '@/components/author-articles-page';
import { authorHref, getAuthor, getAuthors, parsePageParam } from '@/lib/content';
import { site } from '@/lib/site';
import { t } from '@/lib/strings';

type Props = { params: Promise<{ slug: string; page: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getAuthors()).flatMap((a) =>
    Array.from({ length: Math.max(0, Math.ceil(a.articleCount / site.pageSize) - 1) }, (_, i) => ({ slug: a.slug, page: String(i + 2) })),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const author = await getAuthor(slug);
  if (!author) return {};
  return { title: `${author.name} · ${t.pagination.page(parsePageParam(page))}`, alternates: { canonical: `${authorHref(author.slug)}/page/${page}` } };
}

export default async function AuthorPageN({ params }: Props) {
  const { slug, page } = await params;
  return <AuthorArticlesPage slug={slug} page={parsePageParam(page)} />;
}
