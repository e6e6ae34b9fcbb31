import type { OutdatedNotice as Notice } from '@/lib/content/outdated';
import { t } from '@/lib/strings';
import { ArticleDate } from './article-date';

const TITLE_ID = 'outdated-notice-title';

/** 时效提示 above an old article's body: since when it has not changed, and that it may be out of date. */
export function OutdatedNotice({ notice }: { notice: Notice }) {
  const text = t.article.outdated;
  return (
    <div role="note" aria-labelledby={TITLE_ID} data-testid="outdated-notice" className="mb-8 rounded-lg border-l-4 border-accent-strong bg-stone-100 px-4 py-3 text-sm leading-relaxed text-stone-700 dark:border-orange-300 dark:bg-stone-900 dark:text-stone-300">
      <p id={TITLE_ID} className="font-semibold">
        {text.label}
      </p>
      <p>
        {text.since(notice.updated)}
        <ArticleDate iso={notice.since} />
        {text.age(notice.age)}
      </p>
    </div>
  );
}
