import type { Metadata } from 'next';
import { AuthorArticlesPage, authorArticlesMetadata } from '@/components/author-articles-page';
import { getAuthors, parsePageParam } from '@/lib/content';
import { site } from '@/lib/site';

type Props = { params: Promise<{ slug: string; page: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getAuthors()).flatMap((a) =>
    Array.from({ length: Math.max(0, Math.ceil(a.articleCount / site.pageSize) - 1) }, (_, i) => ({ slug: a.slug, page: String(i + 2) })),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  return authorArticlesMetadata(slug, parsePageParam(page));
}

export default async function AuthorPageN({ params }: Props) {
  const { slug, page } = await params;
  return <AuthorArticlesPage slug={slug} page={parsePageParam(page)} />;
}
