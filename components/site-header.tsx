import { loginEnabled } from '@/lib/auth/session';
import { categoryHref, getCategoryTree } from '@/lib/content';
import { site } from '@/lib/site';
import { t } from '@/lib/strings';
import { AccountMenu } from './reader/account-menu';
import { SearchForm } from './search-form';
import { ThemeToggle } from './theme-toggle';

export async function SiteHeader() {
  const categories = (await getCategoryTree()).slice(0, site.headerCategories);
  return (
    <header className="sticky top-0 z-20 border-b border-stone-200 bg-stone-50/90 backdrop-blur dark:border-stone-800 dark:bg-stone-950/90">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-30 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900">
        {t.skipToContent}
      </a>
      <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-3 sm:gap-4">
        <a href="/" className="shrink-0 text-lg font-bold tracking-wide">
          {site.name}
        </a>
        <nav aria-label={t.mainNav} className="min-w-0 flex-1 overflow-x-auto">
          <ul className="flex gap-4 whitespace-nowrap text-sm text-stone-600 dark:text-stone-300">
            {categories.map((c) => (
              <li key={c.segments.join('/')}>
                <a href={categoryHref(c)} className="hover:text-accent">
                  {c.name}
                </a>
              </li>
            ))}
            <li>
              <a href="/categories" className="hover:text-accent">
                {t.allCategories}
              </a>
            </li>
            <li>
              <a href="/authors" className="hover:text-accent">
                {t.authors}
              </a>
            </li>
          </ul>
        </nav>
        <SearchForm compact />
        <ThemeToggle />
        {loginEnabled() && <AccountMenu />}
      </div>
    </header>
  );
}
