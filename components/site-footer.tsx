import { site } from '@/lib/site';
import { t } from '@/lib/strings';

export function SiteFooter() {
  return (
    <footer className="mt-16 print:hidden border-t border-stone-200 py-8 text-sm text-muted dark:border-stone-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4">
        <p>
          <a href="/" className="font-semibold text-stone-700 dark:text-stone-200">
            {site.name}
          </a>
          <span className="ml-2">{t.footerNote}</span>
        </p>
        <nav aria-label={t.footerNav} className="flex flex-wrap gap-x-4 gap-y-2">
          <a href="/categories">{t.allCategories}</a>
          <a href="/tags">{t.allTags}</a>
          <a href="/archives">{t.archives}</a>
          <a href="/authors">{t.allAuthors}</a>
        </nav>
      </div>
    </footer>
  );
}
