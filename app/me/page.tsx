import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { ArticleDate } from '@/components/article-date';
import { LocalRecords } from '@/components/reader/local-records';
import { RemoveBookmarkButton } from '@/components/reader/remove-bookmark-button';
import { loginEnabled } from '@/lib/auth/login-enabled';
import { currentReader } from '@/lib/auth/session';
import { moderationScope } from '@/lib/comments/access';
import { articleHref, getArticles, type ArticleMeta } from '@/lib/content';
import { getDbIfAvailable } from '@/lib/db';
import { listHistory, listMarks, listReaderTips } from '@/lib/db/readers';
import { t } from '@/lib/strings';
import { formatYuan } from '@/lib/tip-input';

export const metadata: Metadata = { title: t.reader.meTitle, description: t.reader.meDescription, robots: { index: false } };

/** Everything /me lists, or null when the database cannot be read right now. */
async function loadRecords(readerId: string) {
  try {
    const db = await getDbIfAvailable();
    if (!db) return null;
    const [bookmarks, likes, history, tips] = await Promise.all([
      listMarks(db, 'bookmark', readerId),
      listMarks(db, 'like', readerId),
      listHistory(db, readerId),
      listReaderTips(db, readerId),
    ]);
    return { bookmarks, likes, history, tips };
  } catch (error) {
    console.error('[读者] reading /me failed:', error);
    return null;
  }
}

function Section({ id, title, empty, children }: { id: string; title: string; empty: string | false; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {empty ? <p className="text-muted">{empty}</p> : <ul className="divide-y divide-stone-200 dark:divide-stone-800">{children}</ul>}
    </section>
  );
}

/** An article's title as a link, or a note that it has been taken down since. */
function ArticleTitle({ slug, article }: { slug: string; article: ArticleMeta | undefined }) {
  if (!article) return <span className="text-muted">{t.reader.removedArticle(slug)}</span>;
  return (
    <a href={articleHref(article.slug)} className="font-medium hover:text-accent">
      {article.title}
    </a>
  );
}

const row = 'flex flex-wrap items-baseline gap-x-3 gap-y-1 py-3';
const meta = 'text-sm text-muted';

/** The reader's own page: bookmarks, likes, reading history and tips. Signed-out readers sign in first. */
export default async function MePage() {
  if (!loginEnabled()) {
    return (
      <div className="mx-auto max-w-2xl space-y-6">
        <h1 className="text-3xl font-bold">{t.reader.meTitle}</h1>
        <p className="text-stone-600 dark:text-stone-400">{t.reader.loginOff}</p>
        <LocalRecords />
      </div>
    );
  }
  const reader = await currentReader();
  if (!reader) redirect(`/login?callbackUrl=${encodeURIComponent('/me')}`);
  const records = reader.id ? await loadRecords(reader.id) : null;
  const articles = new Map((await getArticles()).map((a) => [a.slug, a]));
  const moderates = (await moderationScope(reader.identities)) !== null;

  return (
    <div className="mx-auto max-w-2xl space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t.reader.meTitle}</h1>
        <p className="text-stone-600 dark:text-stone-400">{reader.name ?? t.reader.unnamed}</p>
        {moderates && (
          <p>
            <a href="/moderation" className="font-medium text-accent-strong underline hover:text-accent dark:text-orange-300">
              {t.comments.moderation.link}
            </a>
          </p>
        )}
      </header>
      {!records ? (
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200">
          {t.reader.unavailable}
        </p>
      ) : (
        <>
          <Section id="bookmarks" title={t.reader.bookmarks} empty={records.bookmarks.length === 0 && t.reader.empty.bookmarks}>
            {records.bookmarks.map((mark) => {
              const article = articles.get(mark.articleSlug);
              return (
                <li key={mark.articleSlug} className={row} data-testid="me-bookmark">
                  <ArticleTitle slug={mark.articleSlug} article={article} />
                  <ArticleDate iso={mark.createdAt.toISOString()} className={meta} />
                  <RemoveBookmarkButton slug={mark.articleSlug} title={article?.title ?? mark.articleSlug} />
                </li>
              );
            })}
          </Section>
          <Section id="likes" title={t.reader.likes} empty={records.likes.length === 0 && t.reader.empty.likes}>
            {records.likes.map((mark) => (
              <li key={mark.articleSlug} className={row} data-testid="me-like">
                <ArticleTitle slug={mark.articleSlug} article={articles.get(mark.articleSlug)} />
                <ArticleDate iso={mark.createdAt.toISOString()} className={meta} />
              </li>
            ))}
          </Section>
          <Section id="history" title={t.reader.history} empty={records.history.length === 0 && t.reader.empty.history}>
            {records.history.map((reading) => (
              <li key={reading.articleSlug} className={row} data-testid="me-history">
                <ArticleTitle slug={reading.articleSlug} article={articles.get(reading.articleSlug)} />
                <span className={meta}>{reading.progress >= 1 ? t.reader.finished : t.reader.progress(Math.round(reading.progress * 100))}</span>
                <ArticleDate iso={reading.lastReadAt.toISOString()} className={meta} />
              </li>
            ))}
          </Section>
          <Section id="tips" title={t.reader.tips} empty={records.tips.length === 0 && t.reader.empty.tips}>
            {records.tips.map((tip, index) => (
              <li key={`${tip.createdAt.toISOString()}-${index}`} className={row} data-testid="me-tip">
                <ArticleTitle slug={tip.articleSlug} article={articles.get(tip.articleSlug)} />
                <span className={meta}>
                  {t.reader.tipLine(formatYuan(tip.amountFen), t.tip.methods[tip.method as keyof typeof t.tip.methods] ?? tip.method)}
                  {tip.anonymous && ` · ${t.reader.anonymousTip}`}
                </span>
                <ArticleDate iso={tip.createdAt.toISOString()} className={meta} />
              </li>
            ))}
          </Section>
        </>
      )}
    </div>
  );
}
