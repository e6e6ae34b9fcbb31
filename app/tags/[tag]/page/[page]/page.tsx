import type { Metadata } from 'next';
import { TagArticlesPage, tagArticlesMetadata } from '@/components/tag-articles-page';
import { getTags, parsePageParam } from '@/lib/content';
import { site } from '@/lib/site';

type Props = { params: Promise<{ tag: string; page: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getTags()).flatMap((tag) =>
    Array.from({ length: Math.max(0, Math.ceil(tag.articleCount / site.pageSize) - 1) }, (_, i) => ({ tag: tag.slug, page: String(i + 2) })),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, page } = await params;
  return tagArticlesMetadata(tag, parsePageParam(page));
}

export default async function TagPageN({ params }: Props) {
  const { tag, page } = await params;
  return <TagArticlesPage slug={tag} page={parsePageParam(page)} />;
}
