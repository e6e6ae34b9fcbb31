import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Pagination } from '@/components/pagination';
import { SearchForm } from '@/components/search-form';
import { SearchResult } from '@/components/search-result';
import { categoryHref, getCategoryTree, parsePageParam, type CategoryNode } from '@/lib/content';
import { normalizeQuery, searchArticles, searchHref, SearchUnavailableError, type ArticleSearch } from '@/lib/search';
import { t } from '@/lib/strings';

type Params = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** How many categories a search without results suggests. */
const SUGGESTED_CATEGORIES = 8;

export async function generateMetadata({ searchParams }: Params): Promise<Metadata> {
  const query = normalizeQuery((await searchParams).q);
  return {
    title: query ? t.search.titleFor(query) : t.search.title,
    description: t.search.description,
    // Result pages are endless and say nothing new; search engines should follow, not list them.
    robots: { index: false, follow: true },
  };
}

/** `?page=` as a page number: 1 when absent, NaN when it is not a plain positive integer. */
function pageParam(value: string | string[] | undefined): number {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? 1 : parsePageParam(first);
}

/** The top of the category tree, level by level: the roots first, then their children. */
function topCategories(roots: CategoryNode[]): CategoryNode[] {
  const found: CategoryNode[] = [];
  for (let level = roots; level.length && found.length < SUGGESTED_CATEGORIES; level = level.flatMap((c) => c.children)) found.push(...level);
  return found.slice(0, SUGGESTED_CATEGORIES);
}

export default async function SearchPage({ searchParams }: Params) {
  const params = await searchParams;
  const query = normalizeQuery(params.q);
  const page = pageParam(params.page);
  if (Number.isNaN(page)) notFound();
  // Searched here, not in a child component, so that a page past the end can still answer 404.
  const results = query ? await searchArticles(query, page).catch(unavailableAsNull) : undefined;
  if (results && results.total > 0 && page > results.totalPages) notFound();

  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t.search.title}</h1>
      <SearchForm query={query} />
      {results === null ? (
        <p className="mt-6" role="alert">
          {t.search.unavailable}
        </p>
      ) : !results ? (
        <p className="mt-6 text-stone-600 dark:text-stone-400">{t.search.prompt}</p>
      ) : results.total === 0 ? (
        <NoResults query={query} categories={topCategories(await getCategoryTree())} />
      ) : (
        <Results query={query} results={results} />
      )}
    </>
  );
}

/** null when the search index's database is down: the page says so rather than failing whole. */
function unavailableAsNull(error: unknown): null {
  if (error instanceof SearchUnavailableError) return null;
  throw error;
}

function Results({ query, results }: { query: string; results: ArticleSearch }) {
  return (
    <>
      <p className="mt-6 text-sm text-muted" role="status">
        {t.search.results(results.total)}
        {results.totalPages > 1 && ` · ${t.pagination.of(results.page, results.totalPages)}`}
      </p>
      <div>
        {results.hits.map((hit) => (
          <SearchResult key={hit.article.slug} hit={hit} />
        ))}
      </div>
      <Pagination page={results.page} totalPages={results.totalPages} href={(n) => searchHref(query, n)} />
    </>
  );
}

function NoResults({ query, categories }: { query: string; categories: CategoryNode[] }) {
  return (
    <div className="mt-6" role="status">
      <p>{t.search.none(query)}</p>
      {categories.length > 0 && (
        <>
          <p className="mt-4 text-stone-600 dark:text-stone-400">{t.search.suggestions}</p>
          <ul className="mt-3 flex flex-wrap gap-2">
            {categories.map((c) => (
              <li key={c.segments.join('/')}>
                <a href={categoryHref(c)} className="inline-block rounded-full bg-stone-200 px-3 py-1 text-sm hover:text-accent dark:bg-stone-800">
                  {c.name}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
