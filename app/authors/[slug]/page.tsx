import type { Metadata } from 'next';
import { AuthorArticlesPage, authorArticlesMetadata } from '@/components/author-articles-page';
import { getAuthors } from '@/lib/content';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getAuthors()).map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return authorArticlesMetadata((await params).slug, 1);
}

export default async function AuthorPage({ params }: Props) {
  return <AuthorArticlesPage slug={(await params).slug} page={1} />;
}
