import type { Metadata } from 'next';
import { TagArticlesPage, tagArticlesMetadata } from '@/components/tag-articles-page';
import { getTags } from '@/lib/content';

type Props = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getTags()).map((tag) => ({ tag: tag.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return tagArticlesMetadata((await params).tag, 1);
}

export default async function TagPage({ params }: Props) {
  return <TagArticlesPage slug={(await params).tag} page={1} />;
}
