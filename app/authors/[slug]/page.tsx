import type { Metadata } from 'next';
import { AuthorArticlesPage } from '@/components/author-articles-page';
import { authorHref, getAuthor, getAuthors } from '@/lib/content';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getAuthors()).map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await getAuthor((await params).slug);
  if (!author) return {};
  return { title: author.name, description: author.bio, alternates: { canonical: authorHref(author.slug) } };
}

export default async function AuthorPage({ params }: Props) {
  return <AuthorArticlesPage slug={(await params).slug} page={1} />;
}
