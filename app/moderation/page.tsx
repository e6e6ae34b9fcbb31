import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { ModerationItem } from '@/components/comments/moderation-item';
import { ModerationTabs } from '@/components/comments/moderation-tabs';
import { loginEnabled } from '@/lib/auth/login-enabled';
import { currentReader } from '@/lib/auth/session';
import { mayModerate, moderationScope, type ModerationScope } from '@/lib/comments/access';
import { moderationHref, moderationQuery } from '@/lib/comments/moderation-query';
import { getArticles } from '@/lib/content';
import { getDbIfAvailable } from '@/lib/db';
import { commentsByStatus, countCommentsByStatus, type CommentStatus } from '@/lib/db/comments';
import { env } from '@/lib/env';
import { t } from '@/lib/strings';

const m = t.comments.moderation;

export const metadata: Metadata = { title: m.title, description: m.description, robots: { index: false } };

/** How many comments one tab lists: the newest, which a moderator decides on first. */
const LISTED = 100;

/** The articles listed: the one asked for, if the moderator may moderate it; else all theirs (undefined: every article). */
function listedArticles(scope: ModerationScope, article: string | undefined): string[] | undefined {
  if (article) return mayModerate(scope, article) ? [article] : [];
  return scope.all ? undefined : scope.articleSlugs;
}

/** The open tab's comments and every tab's count, or null when the database cannot be read right now. */
async function loadQueue(articleSlugs: string[] | undefined, status: CommentStatus) {
  try {
    const db = await getDbIfAvailable();
    if (!db) return null;
    const [counts, comments] = await Promise.all([countCommentsByStatus(db, { articleSlugs }), commentsByStatus(db, status, { articleSlugs, limit: LISTED })]);
    return { counts, comments };
  } catch (error) {
    console.error('[评论] reading /moderation failed:', error);
    return null;
  }
}

const secondary = 'text-stone-600 dark:text-stone-300';
const notice = 'rounded-lg border p-4';
const warning = `${notice} border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200`;

function Frame({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{m.title}</h1>
        <p className={secondary}>{m.description}</p>
      </header>
      {children}
    </div>
  );
}

/**
 * /moderation: the comments under the articles the signed-in reader may moderate (an editor: every
 * article; an author: their own) or of one of them (`?article=`), a tab per status, each comment with
 * its decisions.
 */
export default async function ModerationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = moderationQuery.parse(await searchParams);
  if (!loginEnabled()) {
    return (
      <Frame>
        <p className={secondary}>{t.reader.loginOff}</p>
      </Frame>
    );
  }
  const reader = await currentReader();
  if (!reader) {
    return (
      <Frame>
        <p className={secondary}>
          {m.signedOut}{' '}
          <a href={`/login?callbackUrl=${encodeURIComponent('/moderation')}`} className="font-medium text-accent-strong underline hover:text-accent dark:text-orange-300">
            {m.signIn}
          </a>
        </p>
      </Frame>
    );
  }
  const scope = await moderationScope(reader.identities);
  if (!scope) {
    return (
      <Frame>
        <p className={secondary}>{m.nothingToModerate}</p>
      </Frame>
    );
  }
  const queue = await loadQueue(listedArticles(scope, query.article), query.status);
  if (!queue) {
    return (
      <Frame>
        <p role="alert" className={warning}>
          {m.unavailable}
        </p>
      </Frame>
    );
  }
  const articles = new Map((await getArticles()).map((article) => [article.slug, article]));
  const view = { status: query.status, article: query.article };
  const total = queue.counts[view.status];
  const timeZone = env().timeZone;
  return (
    <Frame>
      {query.done && (
        <p role="status" className={`${notice} border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-200`}>
          {m.done[query.done]}
        </p>
      )}
      {query.error && (
        <p role="alert" className={warning}>
          {m.errors[query.error]}
        </p>
      )}
      {view.article && (
        <p className={secondary}>
          {m.onlyArticle(articles.get(view.article)?.title ?? view.article)}{' '}
          <a href={moderationHref({ status: view.status })} className="font-medium text-accent-strong underline hover:text-accent dark:text-orange-300">
            {m.allArticles}
          </a>
        </p>
      )}
      <ModerationTabs view={view} counts={queue.counts} />
      {queue.comments.length === 0 ? (
        <p className={secondary}>{m.empty[view.status]}</p>
      ) : (
        <>
          {total > queue.comments.length && <p className={`text-sm ${secondary}`}>{m.newestOnly(queue.comments.length, total)}</p>}
          <ul className="divide-y divide-stone-200 dark:divide-stone-800">
            {queue.comments.map((comment) => (
              <ModerationItem key={comment.id} comment={comment} article={articles.get(comment.articleSlug)} view={view} timeZone={timeZone} />
            ))}
          </ul>
        </>
      )}
    </Frame>
  );
}
