import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article-list';
import { getArticles, paginate } from '@/lib/content';
import { t } from '@/lib/strings';

export default async function HomePage() {
  const page = paginate(await getArticles(), 1);
  if (!page) notFound();
  return (
    <>
      <h1 className="text-2xl font-bold">{t.latest}</h1>
      <ArticleList page={page} base="" />
    </>
  );
}
