import type { Metadata } from 'next';
import { CategoryTree } from '@/components/category-tree';
import { getCategoryTree } from '@/lib/content';
import { t } from '@/lib/strings';

export const metadata: Metadata = { title: t.allCategories, alternates: { canonical: '/categories' } };

export default async function CategoriesPage() {
  const tree = await getCategoryTree();
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{t.allCategories}</h1>
      {tree.length ? <CategoryTree nodes={tree} /> : <p className="text-stone-500">{t.empty}</p>}
    </>
  );
}
