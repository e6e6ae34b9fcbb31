import type { Metadata } from 'next';
import { AuthorArticlesPage, authorArticlesMetadata } from '@/components/author-articles-page';
import { getAuthors, parsePageParam } from '@/lib/content';
import { prerenderedPageNumbers } from '@/lib/prerender';
import { site } from '@/lib/site';

type Props = { params: Promise<{ slug: string; page: string }> };

// Rendered on first request beyond what the build prerendered (lib/prerender.ts), and kept. A
// not-found answer is kept too (Next.js keeps it like a page), so everything here is renewed in the
// background after five minutes: a made-up address is remembered for minutes, not for a year, and a
// scheduled article's page goes public within five minutes even without /api/revalidate.
export const revalidate = 300;

export async function generateStaticParams() {
  return (await getAuthors()).flatMap((a) => prerenderedPageNumbers(a.articleCount, site.pageSize).map((n) => ({ slug: a.slug, page: String(n) })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  return authorArticlesMetadata(slug, parsePageParam(page));
}

export default async function AuthorPageN({ params }: Props) {
  const { slug, page } = await params;
  return <AuthorArticlesPage slug={slug} page={parsePageParam(page)} />;
}
