import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article-list';
import { getArticles, getHomeArticles, paginate, parsePageParam } from '@/lib/content';
import { feedAlternates, siteChannel } from '@/lib/feed/channels';
import { prerenderedPageNumbers } from '@/lib/prerender';
import { pageMetadata } from '@/lib/seo';
import { site } from '@/lib/site';
import { t } from '@/lib/strings';

type Props = { params: Promise<{ page: string }> };

// Rendered on first request beyond what the build prerendered (lib/prerender.ts), and kept. A
// not-found answer is kept too (Next.js keeps it like a page), so everything here is renewed in the
// background after five minutes: a made-up address is remembered for minutes, not for a year, and a
// scheduled article's page goes public within five minutes even without /api/revalidate.
export const revalidate = 300;

// The first pages are built; deeper ones render on first request (lib/prerender.ts).
export async function generateStaticParams() {
  return prerenderedPageNumbers((await getArticles()).length, site.pageSize).map((n) => ({ page: String(n) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params;
  const number = parsePageParam(page);
  return pageMetadata({
    title: `${t.latest} · ${t.pagination.page(number)}`,
    description: t.meta.homePage(number),
    path: `/page/${page}`,
    feeds: feedAlternates(siteChannel),
  });
}

export default async function HomePageN({ params }: Props) {
  const page = paginate(await getHomeArticles(), parsePageParam((await params).page));
  if (!page) notFound();
  return (
    <>
      <h1 className="text-2xl font-bold">
        {t.latest}
        <span className="ml-2 text-base font-normal text-muted">{t.pagination.of(page.page, page.totalPages)}</span>
      </h1>
      <ArticleList page={page} base="" showPinned />
    </>
  );
}
