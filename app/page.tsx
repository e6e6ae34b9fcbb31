import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article-list';
import { JsonLd } from '@/components/json-ld';
import { getHomeArticles, paginate } from '@/lib/content';
import { feedAlternates, siteChannel } from '@/lib/feed/channels';
import { pageMetadata } from '@/lib/seo';
import { site } from '@/lib/site';
import { t } from '@/lib/strings';
import { webSite } from '@/lib/seo/structured-data';

export const metadata: Metadata = pageMetadata({ title: { absolute: site.name }, description: site.description, path: '/', feeds: feedAlternates(siteChannel) });

export default async function HomePage() {
  const page = paginate(await getHomeArticles(), 1);
  if (!page) notFound();
  return (
    <>
      <JsonLd data={webSite()} />
      <h1 className="text-2xl font-bold">{t.latest}</h1>
      <ArticleList page={page} base="" showPinned />
    </>
  );
}
