import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PreviewLinkButton } from '@/components/preview-link-button';
import { loginEnabled } from '@/lib/auth/login-enabled';
import { currentReader } from '@/lib/auth/session';
import { getUnpublishedArticles, type ArticleMeta } from '@/lib/content';
import { formatChineseDateTime } from '@/lib/content/dates';
import { env } from '@/lib/env';
import { draftsOpenToAll, identitiesMayPreview } from '@/lib/preview/access';
import { PREVIEW_LINK_LIFETIME_MS } from '@/lib/preview/link';
import { unpublishedStatus } from '@/lib/preview/status';
import { t } from '@/lib/strings';

export const metadata: Metadata = { title: t.preview.draftsTitle, description: t.preview.draftsDescription, robots: { index: false } };

/** The unpublished articles the signed-in author may preview (an editor: all of them). */
async function visibleDrafts(): Promise<ArticleMeta[] | 'sign-in'> {
  const all = await getUnpublishedArticles();
  if (draftsOpenToAll()) return all;
  const reader = loginEnabled() ? await currentReader() : null;
  if (!reader) return 'sign-in';
  const allowed = await Promise.all(all.map((article) => identitiesMayPreview(reader.identities, article)));
  return all.filter((_, i) => allowed[i]);
}

/** /drafts: an author's drafts and scheduled articles, each with 预览 and a shareable link. */
export default async function DraftsPage() {
  if (!loginEnabled() && !draftsOpenToAll()) {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <h1 className="text-3xl font-bold">{t.preview.draftsTitle}</h1>
        <p className="text-stone-600 dark:text-stone-400">{t.reader.loginOff}</p>
      </div>
    );
  }
  const drafts = await visibleDrafts();
  if (drafts === 'sign-in') redirect(`/login?callbackUrl=${encodeURIComponent('/drafts')}`);
  const zone = env().timeZone;
  const days = Math.round(PREVIEW_LINK_LIFETIME_MS / 86_400_000);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t.preview.draftsTitle}</h1>
        <p className="text-stone-600 dark:text-stone-400">{t.preview.draftsDescription}</p>
      </header>
      {drafts.length === 0 ? (
        <p className="text-muted">{t.preview.draftsEmpty}</p>
      ) : (
        <ul className="divide-y divide-stone-200 dark:divide-stone-800">
          {drafts.map((article) => (
            <li key={article.slug} data-testid="draft" className="space-y-2 py-4">
              <p className="font-medium">{article.title}</p>
              <p className="flex flex-wrap gap-x-3 text-sm text-muted">
                <span data-testid="draft-status">{unpublishedStatus(article)}</span>
                <span>{article.author.name}</span>
                {article.modifiedAt && <span>{t.preview.modified(formatChineseDateTime(article.modifiedAt, zone))}</span>}
              </p>
              <div className="flex flex-wrap items-start gap-3">
                <a href={`/api/preview?slug=${encodeURIComponent(article.slug)}`} className="rounded-full bg-accent px-4 py-1 text-sm font-semibold text-white hover:bg-accent-strong">
                  {t.preview.open}
                </a>
                <PreviewLinkButton slug={article.slug} title={article.title} days={days} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
