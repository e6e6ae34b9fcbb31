// From the query module, not lib/search: the header is on every page, and the search itself brings
// its index and the database with it.
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import { t } from '@/lib/strings';
import { LineIcon } from './line-icon';

function SearchIcon() {
  return (
    <LineIcon viewBox="0 0 20 20" className="size-4">
      <circle cx="8.5" cy="8.5" r="5.5" />
      <path d="m13 13 4.5 4.5" />
    </LineIcon>
  );
}

/**
 * A plain GET form to /search, so it works without JavaScript. The page's version is full width;
 * the header's (`compact`) is a small field from 640px up and, below that, only a link to the
 * search page, which leaves the header's links room on a phone.
 */
export function SearchForm({ query = '', compact = false }: { query?: string; compact?: boolean }) {
  const id = compact ? 'header-search' : 'page-search';
  const form = (
    <form action="/search" method="get" role="search" aria-label={compact ? t.search.headerLabel : t.search.label} className={compact ? 'hidden items-center sm:flex' : 'flex items-center gap-2'}>
      <label htmlFor={id} className="sr-only">
        {t.search.field}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={query}
        placeholder={compact ? t.search.field : t.search.placeholder}
        maxLength={MAX_QUERY_LENGTH}
        enterKeyHint="search"
        autoComplete="off"
        className={
          compact
            ? 'header-search-field'
            : 'min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900'
        }
      />
      <button
        type="submit"
        aria-label={compact ? t.search.submit : undefined}
        className={
          compact
            ? 'header-search-button'
            : 'rounded-md bg-stone-900 px-4 py-2 text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300'
        }
      >
        {compact ? <SearchIcon /> : t.search.submit}
      </button>
    </form>
  );
  if (!compact) return form;
  return (
    <>
      {form}
      <a href="/search" aria-label={t.search.label} title={t.search.label} className="icon-button hover:text-accent sm:hidden">
        <SearchIcon />
      </a>
    </>
  );
}
