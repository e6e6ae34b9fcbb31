import type { Metadata } from 'next';
import { TagArticlesPage, tagArticlesMetadata } from '@/components/tag-articles-page';
import { getTags, parsePageParam } from '@/lib/content';
import { prerenderedPageNumbers } from '@/lib/prerender';
import { site } from '@/lib/site';

type Props = { params: Promise<{ tag: string; page: string }> };

// Rendered on first request beyond what the build prerendered (lib/prerender.ts), and kept. A
// not-found answer is kept too (Next.js keeps it like a page), so everything here is renewed in the
// background after five minutes: a made-up address is remembered for minutes, not for a year, and a
// scheduled article's page goes public within five minutes even without /api/revalidate.
export const revalidate = 300;

export async function generateStaticParams() {
  return (await getTags()).flatMap((tag) => prerenderedPageNumbers(tag.articleCount, site.pageSize).map((n) => ({ tag: tag.slug, page: String(n) })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, page } = await params;
  return tagArticlesMetadata(tag, parsePageParam(page));
}

export default async function TagPageN({ params }: Props) {
  const { tag, page } = await params;
  return <TagArticlesPage slug={tag} page={parsePageParam(page)} />;
}
