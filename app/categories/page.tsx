import type { Metadata } from 'next';
import { CategoryTree } from '@/components/category-tree';
import { getCategoryTree } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';
import { t } from '@/lib/strings';

export const metadata: Metadata = pageMetadata({ title: t.allCategories, description: t.meta.categories, path: '/categories' });

export default async function CategoriesPage() {
  const tree = await getCategoryTree();
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{t.allCategories}</h1>
      {tree.length ? <CategoryTree nodes={tree} /> : <p className="text-muted">{t.empty}</p>}
    </>
  );
}
