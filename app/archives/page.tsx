import type { Metadata } from 'next';
import { articleHref, getArchive } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';
import { t } from '@/lib/strings';

export const metadata: Metadata = pageMetadata({ title: t.archives, description: t.meta.archives, path: '/archives' });

export default async function ArchivesPage() {
  const years = await getArchive();
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{t.archives}</h1>
      {years.length === 0 && <p className="text-muted">{t.empty}</p>}
      {years.map(({ year, count, months }) => (
        <section key={year} aria-labelledby={`y${year}`} className="mb-10">
          <div className="flex items-baseline gap-3 border-b border-stone-200 pb-2 dark:border-stone-800">
            <h2 id={`y${year}`} className="text-xl font-bold">
              {t.archive.year(year)}
            </h2>
            <span className="text-sm text-muted">{t.archive.count(count)}</span>
          </div>
          {months.map(({ month, entries }) => (
            <section key={month} aria-labelledby={`y${year} y${year}m${month}`} className="mt-5">
              <div className="flex items-baseline gap-2">
                <h3 id={`y${year}m${month}`} className="font-semibold">
                  {t.archive.month(month)}
                </h3>
                <span className="text-sm text-muted">{t.archive.count(entries.length)}</span>
              </div>
              <ul className="mt-2 space-y-2">
                {entries.map(({ article, day }) => (
                  <li key={article.slug} className="flex gap-3">
                    <time dateTime={article.date} className="w-20 shrink-0 text-sm leading-7 text-muted tabular-nums">
                      {t.archive.day(month, day)}
                    </time>
                    <a href={articleHref(article.slug)} className="min-w-0 leading-7 break-words hover:text-accent">
                      {article.title}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </>
  );
}
