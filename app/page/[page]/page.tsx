import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article-list';
import { getArticles, paginate, parsePageParam } from '@/lib/content';
import { feedAlternates, siteChannel } from '@/lib/feed/channels';
import { pageMetadata } from '@/lib/seo';
import { site } from '@/lib/site';
import { t } from '@/lib/strings';

type Props = { params: Promise<{ page: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  const total = Math.ceil((await getArticles()).length / site.pageSize);
  return Array.from({ length: Math.max(0, total - 1) }, (_, i) => ({ page: String(i + 2) }));
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
  const page = paginate(await getArticles(), parsePageParam((await params).page));
  if (!page) notFound();
  return (
    <>
      <h1 className="text-2xl font-bold">
        {t.latest}
        <span className="ml-2 text-base font-normal text-stone-500">{t.pagination.of(page.page, page.totalPages)}</span>
      </h1>
      <ArticleList page={page} base="" />
    </>
  );
}
