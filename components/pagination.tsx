import { t } from '@/lib/strings';

/** `/base` for page 1 (one canonical URL per listing), `/base/page/N` after it. */
export function pageHref(base: string, page: number): string {
  if (page <= 1) return base || '/';
  return `${base}/page/${page}`;
}

type PaginationProps = { page: number; totalPages: number } & (
  | { base: string }
  /** For listings whose pages are not `/page/N` paths, such as search results (`?page=N`). */
  | { href: (page: number) => string }
);

export function Pagination(props: PaginationProps) {
  const { page, totalPages } = props;
  const href = 'href' in props ? props.href : (n: number) => pageHref(props.base, n);
  if (totalPages <= 1) return null;
  const pages = Array.from({ length: totalPages }, (_, i) => i + 1).filter((n) => n === 1 || n === totalPages || Math.abs(n - page) <= 2);
  const link = 'rounded px-3 py-1.5 hover:bg-stone-200 dark:hover:bg-stone-800';
  return (
    <nav aria-label={t.pagination.label} className="mt-8 flex flex-wrap items-center justify-center gap-1 text-sm">
      {page > 1 && (
        <a href={href(page - 1)} rel="prev" className={link}>
          {t.pagination.previous}
        </a>
      )}
      {pages.map((n, i) => (
        <span key={n} className="contents">
          {i > 0 && n - pages[i - 1]! > 1 && <span aria-hidden="true">…</span>}
          {n === page ? (
            <span aria-current="page" className="rounded bg-stone-900 px-3 py-1.5 text-white dark:bg-stone-100 dark:text-stone-900">
              {n}
            </span>
          ) : (
            <a href={href(n)} aria-label={t.pagination.page(n)} className={link}>
              {n}
            </a>
          )}
        </span>
      ))}
      {page < totalPages && (
        <a href={href(page + 1)} rel="next" className={link}>
          {t.pagination.next}
        </a>
      )}
    </nav>
  );
}
