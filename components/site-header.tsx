import { loginEnabled } from '@/lib/auth/login-enabled';
import { categoryHref, getCategoryTree } from '@/lib/content';
import { site } from '@/lib/site';
import { t } from '@/lib/strings';
import { ChineseScriptSwitch } from './chinese-script-switch';
import { LineIcon } from './line-icon';
import { AccountMenu } from './reader/account-menu';
import { SearchForm } from './search-form';
import { ThemeToggle } from './theme-toggle';

/** The page's <main>: where the skip link jumps, and what the head waits for before the first frame. */
export const MAIN_ID = 'main';

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
      {links.map(({ href, label }, i) => (
        // The list never changes order in the browser; an index is a shorter key than the address.
        <li key={i}>
          <a href={href} className={linkClass}>
            {label}
          </a>
        </li>
      ))}
    </ul>
  );
  return (
    <header className="site-header">
      <a href={`#${MAIN_ID}`} className="skip-link">
        {t.skipToContent}
      </a>
      <div className="mx-auto flex max-w-6xl items-center gap-2 px-3 py-3 sm:gap-4 sm:px-4">
        <a href="/" className="shrink-0 text-lg font-bold tracking-wide">
          {site.name}
        </a>
        {/* Below 640 px the links fold into a disclosure that needs no script; from 640 px they stand in a row. */}
        <nav aria-label={t.mainNav} className="min-w-0 flex-1">
          <details className="group relative sm:hidden">
            <summary className="pill inline-flex cursor-pointer list-none items-center gap-1 [&::-webkit-details-marker]:hidden">
              {t.navMenu}
              <LineIcon viewBox="0 0 20 20" className="size-3 transition-transform group-open:rotate-180">
                <path d="m5 8 5 5 5-5" />
              </LineIcon>
            </summary>
            {linkList(
              'popover-panel absolute left-0 z-30 mt-2 min-w-40 space-y-1 p-2 text-sm',
              'menu-item',
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
