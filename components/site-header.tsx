import { loginEnabled } from '@/lib/auth/session';
import { categoryHref, getCategoryTree } from '@/lib/content';
import { site } from '@/lib/site';
import { t } from '@/lib/strings';
import { ChineseScriptSwitch } from './chinese-script-switch';
import { AccountMenu } from './reader/account-menu';
import { SearchForm } from './search-form';
import { ThemeToggle } from './theme-toggle';

export async function SiteHeader() {
  const categories = (await getCategoryTree()).slice(0, site.headerCategories);
  const links = [
    ...categories.map((c) => ({ href: categoryHref(c), label: c.name })),
    { href: '/categories', label: t.allCategories },
    { href: '/authors', label: t.authors },
  ];
  // One list, laid out twice: folded on a phone, in a row from 640 px.
  const linkList = (listClass: string, linkClass: string) => (
    <ul className={listClass}>
      {links.map(({ href, label }) => (
        <li key={href}>
          <a href={href} className={linkClass}>
            {label}
          </a>
        </li>
      ))}
    </ul>
  );
  return (
    <header className="sticky top-0 z-20 print:hidden border-b border-stone-200 bg-stone-50/90 backdrop-blur dark:border-stone-800 dark:bg-stone-950/90">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-30 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900">
        {t.skipToContent}
      </a>
      <div className="mx-auto flex max-w-6xl items-center gap-2 px-3 py-3 sm:gap-4 sm:px-4">
        <a href="/" className="shrink-0 text-lg font-bold tracking-wide">
          {site.name}
        </a>
        {/* Below 640 px the links fold into a disclosure that needs no script; from 640 px they stand in a row. */}
        <nav aria-label={t.mainNav} className="min-w-0 flex-1">
          <details className="group relative sm:hidden">
            <summary className="inline-flex cursor-pointer list-none items-center gap-1 rounded-full border border-stone-300 px-3 py-1 text-sm text-stone-700 dark:border-stone-700 dark:text-stone-200 [&::-webkit-details-marker]:hidden">
              {t.navMenu}
              <span aria-hidden="true" className="transition-transform group-open:rotate-180">
                ▾
              </span>
            </summary>
            {linkList(
              'absolute left-0 z-30 mt-2 min-w-40 space-y-1 rounded-lg border border-stone-200 bg-stone-50 p-2 text-sm shadow-lg dark:border-stone-700 dark:bg-stone-900',
              'block rounded px-3 py-2 text-stone-700 hover:bg-stone-100 hover:text-accent dark:text-stone-200 dark:hover:bg-stone-800 dark:hover:text-orange-300',
            )}
          </details>
          {linkList('hidden gap-4 overflow-x-auto whitespace-nowrap text-sm text-stone-600 sm:flex dark:text-stone-300', 'hover:text-accent')}
        </nav>
        <SearchForm compact />
        <ChineseScriptSwitch simplifiedLang={site.locale} />
        <ThemeToggle />
        {/* As wide as 登录, the widest of what it shows, so nothing moves when the session is known. */}
        {loginEnabled() && (
          <div className="flex w-14 shrink-0 justify-end">
            <AccountMenu />
          </div>
        )}
      </div>
    </header>
  );
}
