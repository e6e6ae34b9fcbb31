import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article-list';
import { CategoryBreadcrumbs } from '@/components/category-breadcrumbs';
import { categoryHref, getCategory, getCategoryArticles, getCategoryTrail, getContentIndex, paginate, parsePageParam } from '@/lib/content';
import { categoryChannel, feedAlternates, siteChannel } from '@/lib/feed/channels';
import { prerenderedPageNumbers } from '@/lib/prerender';
import { pageMetadata } from '@/lib/seo';
import { site } from '@/lib/site';
import { t } from '@/lib/strings';

type Props = { params: Promise<{ path: string[] }> };

// Rendered on first request beyond what the build prerendered (lib/prerender.ts), and kept. A
// not-found answer is kept too (Next.js keeps it like a page), so everything here is renewed in the
// background after five minutes: a made-up address is remembered for minutes, not for a year, and a
// scheduled article's page goes public within five minutes even without /api/revalidate.
export const revalidate = 300;

/**
 * `/categories/a/b` is a category and `/categories/a/b/page/2` its second page. A trailing
 * `page/N` is only read as pagination when the rest names a category, so a category that is
 * itself called "page" still works.
 */
async function resolve(path: string[]) {
  const whole = await getCategory(path);
  if (whole) return { node: whole, page: 1 };
  if (path.length >= 3 && path[path.length - 2] === 'page') {
    const node = await getCategory(path.slice(0, -2));
    if (node) return { node, page: parsePageParam(path[path.length - 1]!) };
  }
  return undefined;
}

export async function generateStaticParams() {
  const index = await getContentIndex();
  const params: { path: string[] }[] = [];
  for (const node of index.categoryBySegments.values()) {
    params.push({ path: node.segments });
    for (const n of prerenderedPageNumbers(node.articleCount, site.pageSize)) params.push({ path: [...node.segments, 'page', String(n)] });
  }
  return params;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await resolve((await params).path);
  if (!found) return {};
  const { node, page } = found;
  const base = categoryHref(node);
  return pageMetadata({
    title: page > 1 ? `${node.name} · ${t.pagination.page(page)}` : node.name,
    description: node.description ?? t.meta.category(node.name, node.articleCount),
    path: page > 1 ? `${base}/page/${page}` : base,
    feeds: feedAlternates(categoryChannel(node), siteChannel),
  });
}

export default async function CategoryPage({ params }: Props) {
  const found = await resolve((await params).path);
  if (!found) notFound();
  const { node } = found;
  const [page, trail] = await Promise.all([getCategoryArticles(node).then((list) => paginate(list, found.page)), getCategoryTrail(node.names)]);
  if (!page) notFound();

  return (
    <>
      <CategoryBreadcrumbs trail={trail} currentIsLast />
      <h1 className="mt-3 text-2xl font-bold">{node.name}</h1>
      <p className="mt-1 text-sm text-muted">
        {t.category.articles(node.articleCount)}
        {page.totalPages > 1 && ` · ${t.pagination.of(page.page, page.totalPages)}`}
      </p>
      {node.description && <p className="mt-3 max-w-2xl text-stone-600 dark:text-stone-400">{node.description}</p>}
      {node.children.length > 0 && (
        <nav aria-label={t.category.subcategories} className="mt-6">
          <h2 className="mb-2 text-sm font-semibold text-muted">{t.category.subcategories}</h2>
          <ul className="flex flex-wrap gap-2">
            {node.children.map((child) => (
              <li key={child.segments.join('/')}>
                <a href={categoryHref(child)} className="pill inline-block">
                  {child.name}
                  <span className="ml-1 text-muted">{child.articleCount}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <ArticleList page={page} base={categoryHref(node)} />
    </>
  );
}
