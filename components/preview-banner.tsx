import type { ArticleMeta } from '@/lib/content';
import { draftsOpenToAll } from '@/lib/preview/access';
import { unpublishedStatus } from '@/lib/preview/status';
import { t } from '@/lib/strings';

/** Marks a previewed article as not public, says why, and offers the way out of Draft Mode. */
export function PreviewBanner({ article }: { article: ArticleMeta }) {
  return (
    <div role="status" data-testid="preview-banner" className="mb-6 flex flex-wrap items-center justify-between gap-2 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      <p>
        <strong>{t.preview.banner}</strong>
        <span className="ml-2 text-sm">{unpublishedStatus(article)}</span>
        {draftsOpenToAll() && <span className="ml-2 text-sm">{t.preview.devNote}</span>}
      </p>
      {/* A plain link: the exit is a route that clears the Draft Mode cookie. */}
      <a href={`/api/preview/exit?slug=${encodeURIComponent(article.slug)}`} className="rounded-full border border-amber-400 px-3 py-1 text-sm font-medium hover:bg-amber-100 dark:hover:bg-amber-900">
        {t.preview.exit}
      </a>
    </div>
  );
}
